# Translations of the History, Bulk, Profiles-dialog and call-log strings of issue #12:
# (de, es, fr, ja).

T = {
    # HistoryModel
    "Sandbox (not real)": (
        "Sandbox (nicht echt)", "Sandbox (no es real)", "Bac à sable (pas réel)",
        "サンドボックス (実在しない)"),
    "%1 · %2": ("%1 · %2", "%1 · %2", "%1 · %2", "%1 · %2"),
    "Made in the built-in sandbox: the link never worked for a customer.": (
        "In der eingebauten Sandbox erstellt: Der Link hat nie für einen Kunden funktioniert.",
        "Creado en el sandbox integrado: el enlace nunca funcionó para un cliente.",
        "Créé dans le bac à sable intégré : le lien n'a jamais fonctionné pour un client.",
        "内蔵サンドボックスで作成: このリンクは顧客には一度も使えませんでした。"),
    "Made by Bulk create from CSV.": (
        "Mit „Massenerstellung aus CSV“ erstellt.",
        "Creado con «Creación masiva desde CSV».",
        "Créé par « Création en masse depuis un CSV ».",
        "「CSV から一括作成」で作成。"),

    # HistoryView
    "Copy Link": ("Link kopieren", "Copiar enlace", "Copier le lien", "リンクをコピー"),
    "Copy External User ID": (
        "Externe Benutzer-ID kopieren", "Copiar ID de usuario externo",
        "Copier l'ID utilisateur externe", "外部ユーザー ID をコピー"),
    "Issue Again": ("Erneut ausstellen", "Emitir de nuevo", "Émettre à nouveau", "再発行"),
    "Export Shown Links as CSV…": (
        "Angezeigte Links als CSV exportieren…", "Exportar los enlaces mostrados como CSV…",
        "Exporter les liens affichés en CSV…", "表示中のリンクを CSV にエクスポート…"),
    "A sandbox link is not real: copying it asks first": (
        "Ein Sandbox-Link ist nicht echt: Vor dem Kopieren wird nachgefragt",
        "Un enlace del sandbox no es real: se pregunta antes de copiarlo",
        "Un lien du bac à sable n'est pas réel : une confirmation est demandée avant la copie",
        "サンドボックスのリンクは実在しません: コピーする前に確認します"),
    "Sandbox Link": ("Sandbox-Link", "Enlace del sandbox", "Lien du bac à sable",
                     "サンドボックスのリンク"),
    "Copy a sandbox link for %1?": (
        "Sandbox-Link für %1 kopieren?", "¿Copiar un enlace del sandbox para %1?",
        "Copier un lien du bac à sable pour %1 ?", "%1 のサンドボックスのリンクをコピーしますか?"),
    "This link was made by the built-in sandbox, a stand-in for Pipedream on this computer. It is not real: it never works for a customer. Generate the link again with a real project.": (
        "Dieser Link stammt aus der eingebauten Sandbox, einem Ersatz für Pipedream auf diesem "
        "Computer. Er ist nicht echt und funktioniert nie für einen Kunden. Erstellen Sie den "
        "Link mit einem echten Projekt neu.",
        "Este enlace lo creó el sandbox integrado, un sustituto de Pipedream en este equipo. No "
        "es real: nunca funciona para un cliente. Genere el enlace de nuevo con un proyecto real.",
        "Ce lien a été créé par le bac à sable intégré, un substitut de Pipedream sur cet "
        "ordinateur. Il n'est pas réel : il ne fonctionne jamais pour un client. Générez le lien "
        "à nouveau avec un vrai projet.",
        "このリンクは、このコンピューター上の Pipedream の代役である内蔵サンドボックスで作成されました。"
        "実在しないため、顧客には決して使えません。実際のプロジェクトでリンクを生成し直してください。"),
    "Copy Anyway": ("Trotzdem kopieren", "Copiar de todos modos", "Copier quand même",
                    "それでもコピー"),
    "External user ID %1 copied.": (
        "Externe Benutzer-ID %1 kopiert.", "ID de usuario externo %1 copiado.",
        "ID utilisateur externe %1 copié.", "外部ユーザー ID %1 をコピーしました。"),

    # IssueAgain
    "Replace what is in the form?": (
        "Den Inhalt des Formulars ersetzen?", "¿Reemplazar lo que hay en el formulario?",
        "Remplacer le contenu du formulaire ?", "フォームの内容を置き換えますか?"),
    "The form holds %1 (app: %2). Issue again fills it with the fields of the link for %3 (app: %4).": (
        "Im Formular steht %1 (App: %2). „Erneut ausstellen“ füllt es mit den Feldern des Links "
        "für %3 (App: %4).",
        "El formulario contiene %1 (app: %2). «Emitir de nuevo» lo rellena con los campos del "
        "enlace para %3 (app: %4).",
        "Le formulaire contient %1 (app : %2). « Émettre à nouveau » le remplit avec les champs "
        "du lien pour %3 (app : %4).",
        "フォームには %1 (アプリ: %2) が入力されています。再発行すると、%3 (アプリ: %4) "
        "のリンクの項目で置き換えます。"),
    "Replace": ("Ersetzen", "Reemplazar", "Remplacer", "置き換える"),
    "The form was kept as it was.": (
        "Das Formular bleibt unverändert.", "El formulario se ha dejado como estaba.",
        "Le formulaire est resté tel quel.", "フォームはそのままです。"),
    "Form filled from history for %1: press Ctrl+Return to generate the link.": (
        "Formular aus dem Verlauf für %1 gefüllt: Drücken Sie Ctrl+Return, um den Link zu "
        "erstellen.",
        "Formulario rellenado desde el historial para %1: pulse Ctrl+Return para generar el "
        "enlace.",
        "Formulaire rempli depuis l'historique pour %1 : appuyez sur Ctrl+Return pour générer le "
        "lien.",
        "%1 の履歴からフォームに入力しました: Ctrl+Return でリンクを生成します。"),
    "Form filled from a sandbox link for %1, but the sandbox is not running: a new link would be made in %2. Check the project before you press Ctrl+Return.": (
        "Formular aus einem Sandbox-Link für %1 gefüllt, aber die Sandbox läuft nicht: Ein neuer "
        "Link entstünde in %2. Prüfen Sie das Projekt, bevor Sie Ctrl+Return drücken.",
        "Formulario rellenado desde un enlace del sandbox para %1, pero el sandbox no está en "
        "marcha: el nuevo enlace se crearía en %2. Compruebe el proyecto antes de pulsar "
        "Ctrl+Return.",
        "Formulaire rempli depuis un lien du bac à sable pour %1, mais le bac à sable n'est pas "
        "lancé : un nouveau lien serait créé dans %2. Vérifiez le projet avant d'appuyer sur "
        "Ctrl+Return.",
        "%1 のサンドボックスのリンクからフォームに入力しましたが、サンドボックスは起動していません。"
        "新しいリンクは %2 で作成されます。Ctrl+Return を押す前にプロジェクトを確認してください。"),
    "Form filled from history for %1, but its project %2 is not in the picker: the link would be made in %3. Check the project before you press Ctrl+Return.": (
        "Formular aus dem Verlauf für %1 gefüllt, aber sein Projekt %2 steht nicht in der "
        "Auswahl: Der Link entstünde in %3. Prüfen Sie das Projekt, bevor Sie Ctrl+Return "
        "drücken.",
        "Formulario rellenado desde el historial para %1, pero su proyecto %2 no está en la "
        "lista: el enlace se crearía en %3. Compruebe el proyecto antes de pulsar Ctrl+Return.",
        "Formulaire rempli depuis l'historique pour %1, mais son projet %2 n'est pas dans la "
        "liste : le lien serait créé dans %3. Vérifiez le projet avant d'appuyer sur "
        "Ctrl+Return.",
        "%1 の履歴からフォームに入力しましたが、そのプロジェクト %2 は一覧にありません。"
        "リンクは %3 で作成されます。Ctrl+Return を押す前にプロジェクトを確認してください。"),

    # BulkQuestions
    "Open another file without saving the results?": (
        "Eine andere Datei öffnen, ohne die Ergebnisse zu speichern?",
        "¿Abrir otro archivo sin guardar los resultados?",
        "Ouvrir un autre fichier sans enregistrer les résultats ?",
        "結果を保存せずに別のファイルを開きますか?"),
    "The table will show the new file.": (
        "Die Tabelle zeigt dann die neue Datei.", "La tabla mostrará el archivo nuevo.",
        "Le tableau affichera le nouveau fichier.", "表には新しいファイルが表示されます。"),
    "Open Another File": ("Andere Datei öffnen", "Abrir otro archivo", "Ouvrir un autre fichier",
                          "別のファイルを開く"),
    "Development Limit": ("Entwicklungs-Grenze", "Límite de desarrollo", "Limite du développement",
                          "開発環境の上限"),
    "This file has %1 different external users; development allows %2.": (
        "Diese Datei enthält %1 verschiedene externe Benutzer; die Entwicklung erlaubt %2.",
        "Este archivo tiene %1 usuarios externos distintos; desarrollo permite %2.",
        "Ce fichier contient %1 utilisateurs externes différents ; le développement en autorise "
        "%2.",
        "このファイルには %1 人の異なる外部ユーザーがいます。開発環境で使えるのは %2 人までです。"),
    "In development, the rows of every user after the first %1 fail with \"Forbidden (HTTP 403)\", and the links only work for people signed in to pipedream.com. For customers, run in production.": (
        "In der Entwicklung scheitern die Zeilen aller Benutzer nach den ersten %1 mit "
        "„Forbidden (HTTP 403)“, und die Links funktionieren nur für Personen, die bei "
        "pipedream.com angemeldet sind. Für Kunden führen Sie den Lauf in der Produktion aus.",
        "En desarrollo, las filas de cada usuario después de los primeros %1 fallan con "
        "«Forbidden (HTTP 403)», y los enlaces solo funcionan para quien haya iniciado sesión en "
        "pipedream.com. Para clientes, ejecútelo en producción.",
        "En développement, les lignes de chaque utilisateur au-delà des %1 premiers échouent "
        "avec « Forbidden (HTTP 403) », et les liens ne fonctionnent que pour les personnes "
        "connectées à pipedream.com. Pour des clients, exécutez en production.",
        "開発環境では、最初の %1 人より後のユーザーの行は「Forbidden (HTTP 403)」で失敗し、"
        "リンクは pipedream.com にサインインしている人にしか使えません。顧客向けには本番で"
        "実行してください。"),
    "Run in Production": ("In der Produktion ausführen", "Ejecutar en producción",
                          "Exécuter en production", "本番で実行"),
    "Run the First %1 Users Only": (
        "Nur die ersten %1 Benutzer ausführen", "Ejecutar solo los primeros %1 usuarios",
        "N'exécuter que les %1 premiers utilisateurs", "最初の %1 人だけ実行"),

    # BulkRowActions
    "Copy All Created Links": (
        "Alle erstellten Links kopieren", "Copiar todos los enlaces creados",
        "Copier tous les liens créés", "作成したリンクをすべてコピー"),
    "The selected rows have no Connect Link to copy.": (
        "Die ausgewählten Zeilen haben keinen Connect Link zum Kopieren.",
        "Las filas seleccionadas no tienen ningún Connect Link que copiar.",
        "Les lignes sélectionnées n'ont aucun Connect Link à copier.",
        "選択した行にはコピーできる Connect Link がありません。"),
    "%n Connect Link(s) copied, one per line.": (
        ["%n Connect Link kopiert, einer pro Zeile.", "%n Connect Links kopiert, einer pro Zeile."],
        ["%n Connect Link copiado, uno por línea.", "%n Connect Links copiados, uno por línea."],
        ["%n Connect Link copié, un par ligne.", "%n Connect Links copiés, un par ligne."],
        ["%n 件の Connect Link をコピーしました (1 行に 1 件)。"]),
    "External user IDs copied.": (
        "Externe Benutzer-IDs kopiert.", "ID de usuarios externos copiados.",
        "ID utilisateurs externes copiés.", "外部ユーザー ID をコピーしました。"),

    # BulkDialog
    "Development: at most %1 external users (checked before the run), and the links only work for people signed in to pipedream.com. Use production for customers.": (
        "Entwicklung: höchstens %1 externe Benutzer (vor dem Lauf geprüft), und die Links "
        "funktionieren nur für Personen, die bei pipedream.com angemeldet sind. Für Kunden "
        "Produktion verwenden.",
        "Desarrollo: como máximo %1 usuarios externos (se comprueba antes de ejecutar), y los "
        "enlaces solo funcionan para quien haya iniciado sesión en pipedream.com. Use producción "
        "para clientes.",
        "Développement : au plus %1 utilisateurs externes (vérifié avant l'exécution), et les "
        "liens ne fonctionnent que pour les personnes connectées à pipedream.com. Utilisez la "
        "production pour les clients.",
        "開発環境: 外部ユーザーは最大 %1 人 (実行前に確認します)。リンクは pipedream.com に"
        "サインインしている人にしか使えません。顧客には本番を使ってください。"),
    "Not opened: %1": ("Nicht geöffnet: %1", "No se abrió: %1", "Non ouvert : %1",
                       "開けませんでした: %1"),
    "Not sent: development allows %1 external users.": (
        "Nicht gesendet: Die Entwicklung erlaubt %1 externe Benutzer.",
        "No enviado: desarrollo permite %1 usuarios externos.",
        "Non envoyé : le développement autorise %1 utilisateurs externes.",
        "未送信: 開発環境で使える外部ユーザーは %1 人までです。"),
    "took less than a second": (
        "dauerte weniger als eine Sekunde", "tardó menos de un segundo",
        "a pris moins d'une seconde", "1 秒未満で完了"),
    "The Connect Links created in this run stay in History (View > History), but only Save Results… writes the file you send them from.": (
        "Die in diesem Lauf erstellten Connect Links bleiben im Verlauf (Ansicht > Verlauf), "
        "aber nur „Ergebnisse speichern…“ schreibt die Datei, aus der Sie sie versenden.",
        "Los Connect Links creados en esta ejecución quedan en el historial (Ver > Historial), "
        "pero solo «Guardar resultados…» escribe el archivo desde el que los envía.",
        "Les Connect Links créés lors de cette exécution restent dans l'historique (Affichage > "
        "Historique), mais seul « Enregistrer les résultats… » écrit le fichier à partir duquel "
        "vous les envoyez.",
        "この実行で作成した Connect Link は履歴 (表示 > 履歴) に残りますが、送信に使う"
        "ファイルを書き出すのは「結果を保存…」だけです。"),

    # bulkdialog.ui
    "Message": ("Meldung", "Mensaje", "Message", "メッセージ"),
    "Parallel re&quests:": ("Parallele &Anfragen:", "Solicitudes en &paralelo:",
                            "Re&quêtes en parallèle :", "並列リクエスト(&Q):"),
    "Requests sent at the same time": (
        "Gleichzeitig gesendete Anfragen", "Solicitudes enviadas a la vez",
        "Requêtes envoyées en même temps", "同時に送信するリクエスト数"),
    "Send the rows that failed again; created links stay as they are": (
        "Die fehlgeschlagenen Zeilen erneut senden; erstellte Links bleiben, wie sie sind",
        "Enviar de nuevo las filas que fallaron; los enlaces creados se quedan como están",
        "Renvoyer les lignes en échec ; les liens créés restent tels quels",
        "失敗した行を再送信します。作成済みのリンクはそのままです"),
    "Retry &Failed Rows": ("&Fehlgeschlagene Zeilen wiederholen", "Reintentar filas &fallidas",
                           "Réessayer les lignes en é&chec", "失敗した行を再試行(&F)"),
    "Retry failed rows": ("Fehlgeschlagene Zeilen wiederholen", "Reintentar filas fallidas",
                          "Réessayer les lignes en échec", "失敗した行を再試行"),

    # ApiError
    "Forbidden (HTTP 403).%1": ("Verboten (HTTP 403).%1", "Prohibido (HTTP 403).%1",
                                "Interdit (HTTP 403).%1", "禁止されています (HTTP 403)。%1"),
    "Forbidden (HTTP 403). The OAuth client may not have access to this project or environment, or its access-token scope is too narrow.": (
        "Verboten (HTTP 403). Der OAuth-Client hat womöglich keinen Zugriff auf dieses Projekt "
        "oder diese Umgebung, oder der Scope seines Zugriffstokens ist zu eng.",
        "Prohibido (HTTP 403). Puede que el cliente OAuth no tenga acceso a este proyecto o "
        "entorno, o que el alcance de su token de acceso sea demasiado limitado.",
        "Interdit (HTTP 403). Le client OAuth n'a peut-être pas accès à ce projet ou à cet "
        "environnement, ou la portée de son jeton d'accès est trop restreinte.",
        "禁止されています (HTTP 403)。OAuth クライアントにこのプロジェクトまたは環境への"
        "アクセス権がないか、アクセストークンのスコープが狭すぎる可能性があります。"),

    # CallLogView
    "Hide connection &polling": ("Verbindungs&abfragen ausblenden",
                                 "Ocultar &sondeos de conexión",
                                 "Masquer les &vérifications de connexion",
                                 "接続のポーリングを隠す(&P)"),
    "Hide the checks for the customer's connection (GET …/accounts?external_user_id=…) made every few seconds while a link waits; failed checks stay visible": (
        "Blendet die Prüfungen der Kundenverbindung (GET …/accounts?external_user_id=…) aus, "
        "die alle paar Sekunden laufen, solange ein Link wartet; fehlgeschlagene Prüfungen "
        "bleiben sichtbar",
        "Oculta las comprobaciones de la conexión del cliente (GET …/accounts?external_user_id=…) "
        "que se hacen cada pocos segundos mientras un enlace espera; las comprobaciones fallidas "
        "siguen visibles",
        "Masque les vérifications de la connexion du client (GET …/accounts?external_user_id=…) "
        "faites toutes les quelques secondes pendant qu'un lien attend ; les vérifications en "
        "échec restent visibles",
        "リンクが待機している間、数秒ごとに行う顧客の接続確認 (GET …/accounts?external_user_id=…) "
        "を隠します。失敗した確認は表示されたままです"),
    "Every API call of this session with its status and duration. Enter or a double-click shows the call's request and response.": (
        "Jeder API-Aufruf dieser Sitzung mit Status und Dauer. Eingabe oder ein Doppelklick "
        "zeigt Anfrage und Antwort des Aufrufs.",
        "Cada llamada a la API de esta sesión con su estado y duración. Intro o un doble clic "
        "muestra la solicitud y la respuesta de la llamada.",
        "Chaque appel d'API de cette session avec son état et sa durée. Entrée ou un double-clic "
        "affiche la requête et la réponse de l'appel.",
        "このセッションのすべての API 呼び出しとその状態・所要時間。Enter キーまたはダブル"
        "クリックで、その呼び出しのリクエストとレスポンスを表示します。"),

    # ResponseView
    "Request sent": ("Gesendete Anfrage", "Solicitud enviada", "Requête envoyée",
                     "送信したリクエスト"),
    "Request sent:": ("Gesendete Anfrage:", "Solicitud enviada:", "Requête envoyée :",
                      "送信したリクエスト:"),

    # ProfileDialog
    "%1\n%2 · %3": ("%1\n%2 · %3", "%1\n%2 · %3", "%1\n%2 · %3", "%1\n%2 · %3"),
    "no project ID": ("keine Projekt-ID", "sin ID de proyecto", "aucun ID de projet",
                      "プロジェクト ID なし"),
    "Show or hide the typed client secret": (
        "Eingegebenes Client-Secret zeigen oder verbergen",
        "Mostrar u ocultar el secreto de cliente escrito",
        "Afficher ou masquer le secret client saisi",
        "入力したクライアントシークレットの表示/非表示"),
    "Hide the typed client secret": (
        "Eingegebenes Client-Secret verbergen", "Ocultar el secreto de cliente escrito",
        "Masquer le secret client saisi", "入力したクライアントシークレットを隠す"),
    "Show the typed client secret": (
        "Eingegebenes Client-Secret zeigen", "Mostrar el secreto de cliente escrito",
        "Afficher le secret client saisi", "入力したクライアントシークレットを表示"),

    # ProjectChoice
    "PIPEDREAM_* variables": ("PIPEDREAM_*-Variablen", "Variables PIPEDREAM_*",
                              "Variables PIPEDREAM_*", "PIPEDREAM_* 変数"),
    "Other project (type its ID; client from PIPEDREAM_CLIENT_ID)": (
        "Anderes Projekt (ID eingeben; Client aus PIPEDREAM_CLIENT_ID)",
        "Otro proyecto (escriba su ID; cliente de PIPEDREAM_CLIENT_ID)",
        "Autre projet (saisir son ID ; client de PIPEDREAM_CLIENT_ID)",
        "その他のプロジェクト (ID を入力、クライアントは PIPEDREAM_CLIENT_ID)"),
    "Other project (type its ID; no OAuth client set)": (
        "Anderes Projekt (ID eingeben; kein OAuth-Client festgelegt)",
        "Otro proyecto (escriba su ID; sin cliente OAuth)",
        "Autre projet (saisir son ID ; aucun client OAuth défini)",
        "その他のプロジェクト (ID を入力、OAuth クライアント未設定)"),
}

EN = {
    "%n Connect Link(s) copied, one per line.": [
        "%n Connect Link copied, one per line.", "%n Connect Links copied, one per line."],
}
