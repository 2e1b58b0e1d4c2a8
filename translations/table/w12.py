# Translations of the strings added for the rest of issue #12 (branch w12): the sandbox state of
# the result pane and its share guard, the one-line "Before you can generate", the account label
# without nested parentheses, "Copy message instead", the QR code's "Copy image", and the
# window's one date format: (de, es, fr, ja).

T = {
    # ResultPane: the sandbox state
    "built-in sandbox (not real)": (
        "eingebaute Sandbox (nicht echt)", "sandbox integrado (no es real)",
        "bac à sable intégré (pas réel)", "内蔵サンドボックス (本物ではありません)"),
    "Sandbox link — not real, do not send": (
        "Sandbox-Link – nicht echt, nicht versenden",
        "Enlace de sandbox: no es real, no lo envíe",
        "Lien du bac à sable — pas réel, ne pas envoyer",
        "サンドボックスのリンク — 本物ではありません。送信しないでください"),
    "Works only in this app's simulator, not for a customer:": (
        "Funktioniert nur im Simulator dieser App, nicht für Kunden:",
        "Solo funciona en el simulador de esta app, no para un cliente:",
        "Ne fonctionne que dans le simulateur de cette app, pas pour un client :",
        "このアプリのシミュレーターでのみ動作し、顧客には使えません:"),
    "Made by the built-in sandbox: this link opens only the simulator inside this app, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.": (
        "Von der eingebauten Sandbox erstellt: Dieser Link öffnet nur den Simulator in dieser App, auf diesem Computer, solange die Sandbox läuft. Senden Sie ihn keinem Kunden; für einen Kunden erzeugen Sie den Link in einem echten Projekt.",
        "Creado por el sandbox integrado: este enlace solo abre el simulador de esta app, en este equipo, mientras el sandbox está en marcha. No lo envíe a un cliente; para un cliente, genere el enlace en un proyecto real.",
        "Créé par le bac à sable intégré : ce lien n'ouvre que le simulateur de cette app, sur cet ordinateur, tant que le bac à sable tourne. Ne l'envoyez pas à un client ; pour un client, générez le lien dans un vrai projet.",
        "内蔵サンドボックスで作成されました: このリンクは、サンドボックスの実行中にこのコンピューター上のこのアプリのシミュレーターだけを開きます。顧客には送信しないでください。顧客向けには実際のプロジェクトでリンクを生成してください。"),
    "Sandbox link for %1 copied (not real: do not send it to a customer).": (
        "Sandbox-Link für %1 kopiert (nicht echt: keinem Kunden senden).",
        "Enlace de sandbox para %1 copiado (no es real: no lo envíe a un cliente).",
        "Lien du bac à sable pour %1 copié (pas réel : ne l'envoyez pas à un client).",
        "%1 のサンドボックスのリンクをコピーしました (本物ではありません: 顧客に送信しないでください)。"),
    # DevLinkGuard
    "Share a sandbox link?": (
        "Einen Sandbox-Link weitergeben?", "¿Compartir un enlace de sandbox?",
        "Partager un lien du bac à sable ?", "サンドボックスのリンクを共有しますか?"),
    "Sandbox link": ("Sandbox-Link", "Enlace de sandbox", "Lien du bac à sable",
                     "サンドボックスのリンク"),
    "This Connect Link was made by the built-in sandbox, a simulator inside this app. It is not real: it works only in this app's simulator, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.": (
        "Dieser Connect Link wurde von der eingebauten Sandbox erstellt, einem Simulator in dieser App. Er ist nicht echt: Er funktioniert nur im Simulator dieser App, auf diesem Computer, solange die Sandbox läuft. Senden Sie ihn keinem Kunden; für einen Kunden erzeugen Sie den Link in einem echten Projekt.",
        "Este Connect Link lo creó el sandbox integrado, un simulador dentro de esta app. No es real: solo funciona en el simulador de esta app, en este equipo, mientras el sandbox está en marcha. No lo envíe a un cliente; para un cliente, genere el enlace en un proyecto real.",
        "Ce Connect Link a été créé par le bac à sable intégré, un simulateur dans cette app. Il n'est pas réel : il ne fonctionne que dans le simulateur de cette app, sur cet ordinateur, tant que le bac à sable tourne. Ne l'envoyez pas à un client ; pour un client, générez le lien dans un vrai projet.",
        "この Connect Link は、このアプリ内のシミュレーターである内蔵サンドボックスで作成されました。本物ではありません: サンドボックスの実行中に、このコンピューター上のこのアプリのシミュレーターでのみ動作します。顧客には送信しないでください。顧客向けには実際のプロジェクトでリンクを生成してください。"),
    "Sandbox link: not real, it works only in this app's simulator. Do not send it to a customer.": (
        "Sandbox-Link: nicht echt, er funktioniert nur im Simulator dieser App. Senden Sie ihn keinem Kunden.",
        "Enlace de sandbox: no es real, solo funciona en el simulador de esta app. No lo envíe a un cliente.",
        "Lien du bac à sable : pas réel, il ne fonctionne que dans le simulateur de cette app. Ne l'envoyez pas à un client.",
        "サンドボックスのリンク: 本物ではなく、このアプリのシミュレーターでのみ動作します。顧客には送信しないでください。"),
    # MainWindow
    "Sandbox link for %1 ready: it is not real and works only in this app's simulator.": (
        "Sandbox-Link für %1 bereit: Er ist nicht echt und funktioniert nur im Simulator dieser App.",
        "Enlace de sandbox para %1 listo: no es real y solo funciona en el simulador de esta app.",
        "Lien du bac à sable pour %1 prêt : il n'est pas réel et ne fonctionne que dans le simulateur de cette app.",
        "%1 のサンドボックスのリンクができました: 本物ではなく、このアプリのシミュレーターでのみ動作します。"),
    "Before you can generate, fix %n things. First: %1": (
        ["Bevor Sie erzeugen können, ist %n Punkt zu beheben. Zuerst: %1",
         "Bevor Sie erzeugen können, sind %n Punkte zu beheben. Zuerst: %1"],
        ["Antes de generar, corrija %n cosa. Primero: %1",
         "Antes de generar, corrija %n cosas. Primero: %1"],
        ["Avant de générer, corrigez %n point. D'abord : %1",
         "Avant de générer, corrigez %n points. D'abord : %1"],
        ["生成する前に %n 件を修正してください。最初: %1"]),
    # SharePanel
    "Copied the \"%1\" message with a sandbox link (not real: do not send it to a customer).": (
        "Die Nachricht „%1“ mit einem Sandbox-Link kopiert (nicht echt: keinem Kunden senden).",
        "Mensaje «%1» copiado con un enlace de sandbox (no es real: no lo envíe a un cliente).",
        "Message « %1 » copié avec un lien du bac à sable (pas réel : ne l'envoyez pas à un client).",
        "サンドボックスのリンク入りの「%1」メッセージをコピーしました (本物ではありません: 顧客に送信しないでください)。"),
    "No mail program could be opened on this computer. Copy the message instead and paste it into your mail or webmail.": (
        "Auf diesem Computer ließ sich kein E-Mail-Programm öffnen. Kopieren Sie stattdessen die Nachricht und fügen Sie sie in Ihre E-Mail oder Ihr Webmail ein.",
        "No se pudo abrir ningún programa de correo en este equipo. Copie el mensaje y péguelo en su correo o webmail.",
        "Aucun logiciel de messagerie n'a pu être ouvert sur cet ordinateur. Copiez plutôt le message et collez-le dans votre messagerie ou votre webmail.",
        "このコンピューターではメールプログラムを開けませんでした。代わりにメッセージをコピーし、メールまたは Web メールに貼り付けてください。"),
    "Copy message instead": ("Stattdessen Nachricht kopieren", "Copiar el mensaje en su lugar",
                             "Copier le message à la place", "代わりにメッセージをコピー"),
    "Copy the message to the clipboard, to paste it into your mail or webmail": (
        "Die Nachricht in die Zwischenablage kopieren, um sie in Ihre E-Mail oder Ihr Webmail einzufügen",
        "Copiar el mensaje al portapapeles para pegarlo en su correo o webmail",
        "Copier le message dans le presse-papiers pour le coller dans votre messagerie ou votre webmail",
        "メッセージをクリップボードにコピーして、メールまたは Web メールに貼り付けます"),
    "Copy image": ("Bild kopieren", "Copiar imagen", "Copier l'image", "画像をコピー"),
    "Copy the QR code as an image": (
        "Den QR-Code als Bild kopieren", "Copiar el código QR como imagen",
        "Copier le code QR comme image", "QR コードを画像としてコピー"),
    "Copy the QR code as an image, to paste into a chat or a document": (
        "Den QR-Code als Bild kopieren, um ihn in einen Chat oder ein Dokument einzufügen",
        "Copiar el código QR como imagen para pegarlo en un chat o un documento",
        "Copier le code QR comme image, pour le coller dans une discussion ou un document",
        "QR コードを画像としてコピーし、チャットや文書に貼り付けます"),
    # AccountLabel: the app and the account, never nested parentheses
    ("%1 (%2)", "app (account name)"): ("%1 (%2)", "%1 (%2)", "%1 (%2)", "%1 (%2)"),
    ("%1 — %2", "app — account name that has parentheses"): (
        "%1 – %2", "%1 — %2", "%1 — %2", "%1 — %2"),
    # TokenRequest: "10m" (review 31)
    "Expiry is a number of seconds, without a unit: for %1, type %2 (from %3 to %4).": (
        "Die Gültigkeit ist eine Anzahl Sekunden, ohne Einheit: Für %1 geben Sie %2 ein (von %3 bis %4).",
        "La caducidad es un número de segundos, sin unidad: para %1, escriba %2 (de %3 a %4).",
        "L'expiration est un nombre de secondes, sans unité : pour %1, saisissez %2 (de %3 à %4).",
        "有効期限は単位なしの秒数です: %1 の場合は %2 と入力してください (%3 から %4)。"),
    # TokenForm: a webhook on this computer (review 31)
    "Pipedream's servers cannot reach %1, so this webhook will get no events. Use an address on the internet (for example a tunnel to this computer).": (
        "Die Server von Pipedream können %1 nicht erreichen, daher erhält dieser Webhook keine Ereignisse. Verwenden Sie eine Adresse im Internet (zum Beispiel einen Tunnel zu diesem Computer).",
        "Los servidores de Pipedream no pueden llegar a %1, así que este webhook no recibirá eventos. Use una dirección en internet (por ejemplo, un túnel a este equipo).",
        "Les serveurs de Pipedream ne peuvent pas joindre %1 : ce webhook ne recevra aucun événement. Utilisez une adresse sur Internet (par exemple un tunnel vers cet ordinateur).",
        "Pipedream のサーバーは %1 に到達できないため、この Webhook はイベントを受け取りません。インターネット上のアドレス (たとえばこのコンピューターへのトンネル) を使用してください。"),
    # OriginsEditor: Ctrl+Z after Delete (review 31)
    "Put back %n origin(s).": (
        ["%n Ursprung wiederhergestellt.", "%n Ursprünge wiederhergestellt."],
        ["Se restauró %n origen.", "Se restauraron %n orígenes."],
        ["%n origine remise.", "%n origines remises."],
        ["%n 件のオリジンを元に戻しました。"]),
    # BulkDialog: the environment for this run (review 23)
    "En&vironment:": ("&Umgebung:", "&Entorno:", "En&vironnement :", "環境(&V):"),
    "The environment of every link in this run; the main window keeps its own": (
        "Die Umgebung aller Links dieses Laufs; das Hauptfenster behält seine eigene",
        "El entorno de todos los enlaces de esta ejecución; la ventana principal conserva el suyo",
        "L'environnement de tous les liens de cette exécution ; la fenêtre principale garde le sien",
        "この実行で作成するすべてのリンクの環境。メインウィンドウの設定は変わりません"),
    "Environment for this run": ("Umgebung für diesen Lauf", "Entorno para esta ejecución",
                                 "Environnement pour cette exécution", "この実行の環境"),
    # TokenFormLogic: an origin named by its text as well as its number (review 31)
    "%1 (entry %2, \"%3\")": ("%1 (Eintrag %2, „%3“)", "%1 (entrada %2, «%3»)",
                              "%1 (entrée %2, « %3 »)", "%1 (項目 %2「%3」)"),
    # TokenFormLogic: "07:51 UTC"
    ("%1 %2", "time and time zone"): ("%1 %2", "%1 %2", "%1 %2", "%1 %2"),
}

EN = {
    "Put back %n origin(s).": ["Put back %n origin.", "Put back %n origins."],
    "Before you can generate, fix %n things. First: %1": [
        "Before you can generate, fix %n thing. First: %1",
        "Before you can generate, fix %n things. First: %1"],
}
