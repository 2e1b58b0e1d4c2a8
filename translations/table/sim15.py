# Translations of the strings added for issue #15's sandbox work (connectdesk sandbox --no-seed
# and the customers page line): (de, es, fr, ja).

T = {
    # Cli::Sandbox
    "[--port N] [--no-seed] [--tls-cert FILE --tls-key FILE]": (
        "[--port N] [--no-seed] [--tls-cert DATEI --tls-key DATEI]",
        "[--port N] [--no-seed] [--tls-cert ARCHIVO --tls-key ARCHIVO]",
        "[--port N] [--no-seed] [--tls-cert FICHIER --tls-key FICHIER]",
        "[--port N] [--no-seed] [--tls-cert ファイル --tls-key ファイル]"),
    "Start empty, without the demo customers and their accounts.": (
        "Leer starten, ohne die Demo-Kunden und ihre Konten.",
        "Empezar vacío, sin los clientes de demostración ni sus cuentas.",
        "Démarrer vide, sans les clients de démonstration ni leurs comptes.",
        "デモ顧客とそのアカウントを入れずに空の状態で起動します。"),
    "# Customers and their accounts (break or heal one in a browser): %1": (
        "# Kunden und ihre Konten (eines im Browser stören oder reparieren): %1",
        "# Clientes y sus cuentas (averiar o reparar una en un navegador): %1",
        "# Clients et leurs comptes (en casser ou en réparer un dans un navigateur) : %1",
        "# 顧客とそのアカウント (ブラウザーでアカウントを故障させたり修復したりできます): %1"),
}
