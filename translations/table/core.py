# Translations of app/core strings: (de, es, fr, ja). See translations/README.md.
# Keep %1 %n %Ln, & accelerators and product/API names (Pipedream, Connect Link, connect:*,
# external_user_id, proj_, ctok_) as they are.

T = {
    # ApiError
    "Canceled.": ("Abgebrochen.", "Cancelado.", "Annulé.", "キャンセルしました。"),
    "the server": ("der Server", "el servidor", "le serveur", "サーバー"),
    ' The server said: "%1".': (
        " Der Server meldete: „%1“.",
        " El servidor respondió: «%1».",
        " Le serveur a répondu : « %1 ».",
        " サーバーの応答:「%1」。"),
    "Client ID or secret rejected (HTTP %1).%2 Check the OAuth client in Pipedream's API settings; if the secret was rotated, enter the new one.": (
        "Client-ID oder Secret abgelehnt (HTTP %1).%2 Prüfen Sie den OAuth-Client in den API-Einstellungen von Pipedream; wurde das Secret erneuert, geben Sie das neue ein.",
        "ID de cliente o secreto rechazados (HTTP %1).%2 Revise el cliente OAuth en la configuración de API de Pipedream; si el secreto se renovó, introduzca el nuevo.",
        "ID client ou secret refusé (HTTP %1).%2 Vérifiez le client OAuth dans les paramètres API de Pipedream ; si le secret a été renouvelé, saisissez le nouveau.",
        "クライアント ID またはシークレットが拒否されました (HTTP %1)。%2 Pipedream の API 設定で OAuth クライアントを確認してください。シークレットを更新した場合は新しいものを入力してください。"),
    "The server's answer does not match the Connect API: %1. Nothing was created that you can use; try again, and report it if it persists.": (
        "Die Antwort des Servers passt nicht zur Connect API: %1. Es wurde nichts Verwendbares erstellt; versuchen Sie es erneut und melden Sie es, wenn es weiter auftritt.",
        "La respuesta del servidor no coincide con la Connect API: %1. No se creó nada utilizable; inténtelo de nuevo e infórmelo si persiste.",
        "La réponse du serveur ne correspond pas à la Connect API : %1. Rien d'utilisable n'a été créé ; réessayez et signalez-le si le problème persiste.",
        "サーバーの応答が Connect API と一致しません: %1。使用できるものは作成されていません。もう一度お試しください。解決しない場合は報告してください。"),
    "Could not reach %1: %2. Check the internet connection, VPN or proxy.": (
        "%1 ist nicht erreichbar: %2. Prüfen Sie Internetverbindung, VPN oder Proxy.",
        "No se pudo conectar con %1: %2. Revise la conexión a internet, la VPN o el proxy.",
        "Impossible de joindre %1 : %2. Vérifiez la connexion Internet, le VPN ou le proxy.",
        "%1 に接続できません: %2。インターネット接続、VPN、プロキシを確認してください。"),
    "%1 did not answer in time. Check the connection and try again.": (
        "%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.",
        "%1 no respondió a tiempo. Revise la conexión e inténtelo de nuevo.",
        "%1 n'a pas répondu à temps. Vérifiez la connexion et réessayez.",
        "%1 から時間内に応答がありませんでした。接続を確認してもう一度お試しください。"),
    "The secure connection to %1 failed: %2. ConnectDesk never ignores certificate errors; check the system clock, proxy or corporate TLS inspection.": (
        "Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. ConnectDesk ignoriert Zertifikatsfehler nie; prüfen Sie Systemuhr, Proxy oder die TLS-Prüfung Ihres Unternehmens.",
        "Falló la conexión segura con %1: %2. ConnectDesk nunca ignora errores de certificado; revise el reloj del sistema, el proxy o la inspección TLS de su empresa.",
        "La connexion sécurisée à %1 a échoué : %2. ConnectDesk n'ignore jamais les erreurs de certificat ; vérifiez l'horloge système, le proxy ou l'inspection TLS de l'entreprise.",
        "%1 への安全な接続に失敗しました: %2。ConnectDesk は証明書エラーを無視しません。システム時計、プロキシ、社内の TLS 検査を確認してください。"),
    "The proxy failed: %1. Check the system proxy settings.": (
        "Der Proxy ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellungen des Systems.",
        "Falló el proxy: %1. Revise la configuración de proxy del sistema.",
        "Le proxy a échoué : %1. Vérifiez les paramètres proxy du système.",
        "プロキシでエラーが発生しました: %1。システムのプロキシ設定を確認してください。"),
    "The answer from %1 was larger than 1 MiB and was cut off.": (
        "Die Antwort von %1 war größer als 1 MiB und wurde abgeschnitten.",
        "La respuesta de %1 superaba 1 MiB y se cortó.",
        "La réponse de %1 dépassait 1 Mio et a été tronquée.",
        "%1 からの応答が 1 MiB を超えたため、途中で切り捨てられました。"),
    "The server rejected the request (HTTP %1).%2 Check the fields and try again.": (
        "Der Server hat die Anfrage abgelehnt (HTTP %1).%2 Prüfen Sie die Felder und versuchen Sie es erneut.",
        "El servidor rechazó la solicitud (HTTP %1).%2 Revise los campos e inténtelo de nuevo.",
        "Le serveur a refusé la requête (HTTP %1).%2 Vérifiez les champs et réessayez.",
        "サーバーがリクエストを拒否しました (HTTP %1)。%2 入力内容を確認してもう一度お試しください。"),
    "Not authorised (HTTP 401).%1 The access token was refused even after a fresh one was fetched; check the client ID and secret.": (
        "Nicht autorisiert (HTTP 401).%1 Das Zugriffstoken wurde auch nach dem Abruf eines neuen abgelehnt; prüfen Sie Client-ID und Secret.",
        "No autorizado (HTTP 401).%1 El token de acceso se rechazó incluso después de obtener uno nuevo; revise el ID de cliente y el secreto.",
        "Non autorisé (HTTP 401).%1 Le jeton d'accès a été refusé même après en avoir obtenu un nouveau ; vérifiez l'ID client et le secret.",
        "認証されていません (HTTP 401)。%1 新しいアクセストークンを取得しても拒否されました。クライアント ID とシークレットを確認してください。"),
    "Not found (HTTP 404).%1 Check the project ID and the environment.": (
        "Nicht gefunden (HTTP 404).%1 Prüfen Sie Projekt-ID und Umgebung.",
        "No encontrado (HTTP 404).%1 Revise el ID del proyecto y el entorno.",
        "Introuvable (HTTP 404).%1 Vérifiez l'ID du projet et l'environnement.",
        "見つかりません (HTTP 404)。%1 プロジェクト ID と環境を確認してください。"),
    "The server timed out (HTTP 408).%1 Try again.": (
        "Zeitüberschreitung beim Server (HTTP 408).%1 Versuchen Sie es erneut.",
        "Se agotó el tiempo de espera del servidor (HTTP 408).%1 Inténtelo de nuevo.",
        "Délai dépassé côté serveur (HTTP 408).%1 Réessayez.",
        "サーバーがタイムアウトしました (HTTP 408)。%1 もう一度お試しください。"),
    "Rate limited (HTTP 429).%1 Try again in %n second(s).": (
        ["Ratenlimit erreicht (HTTP 429).%1 Versuchen Sie es in %n Sekunde erneut.",
         "Ratenlimit erreicht (HTTP 429).%1 Versuchen Sie es in %n Sekunden erneut."],
        ["Límite de frecuencia alcanzado (HTTP 429).%1 Inténtelo de nuevo en %n segundo.",
         "Límite de frecuencia alcanzado (HTTP 429).%1 Inténtelo de nuevo en %n segundos."],
        ["Limite de débit atteinte (HTTP 429).%1 Réessayez dans %n seconde.",
         "Limite de débit atteinte (HTTP 429).%1 Réessayez dans %n secondes."],
        ["レート制限中です (HTTP 429)。%1 %n 秒後にもう一度お試しください。"]),
    "Rate limited (HTTP 429).%1 Wait a minute and try again.": (
        "Ratenlimit erreicht (HTTP 429).%1 Warten Sie eine Minute und versuchen Sie es erneut.",
        "Límite de frecuencia alcanzado (HTTP 429).%1 Espere un minuto e inténtelo de nuevo.",
        "Limite de débit atteinte (HTTP 429).%1 Attendez une minute et réessayez.",
        "レート制限中です (HTTP 429)。%1 1 分ほど待ってからもう一度お試しください。"),
    "Pipedream had a problem (HTTP %1).%2 Try again in a moment.": (
        "Bei Pipedream ist ein Problem aufgetreten (HTTP %1).%2 Versuchen Sie es gleich noch einmal.",
        "Pipedream tuvo un problema (HTTP %1).%2 Inténtelo de nuevo en un momento.",
        "Pipedream a rencontré un problème (HTTP %1).%2 Réessayez dans un instant.",
        "Pipedream で問題が発生しました (HTTP %1)。%2 しばらくしてからもう一度お試しください。"),
    "The request failed (HTTP %1).%2": (
        "Die Anfrage ist fehlgeschlagen (HTTP %1).%2",
        "La solicitud falló (HTTP %1).%2",
        "La requête a échoué (HTTP %1).%2",
        "リクエストに失敗しました (HTTP %1)。%2"),

    # BandContent
    "Development — for testing only": (
        "Entwicklung – nur zum Testen",
        "Desarrollo: solo para pruebas",
        "Développement — pour les tests uniquement",
        "開発 — テスト専用"),
    "Development links do not work for customers: a project allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. Use production for customers.": (
        "Entwicklungslinks funktionieren nicht für Kunden: Ein Projekt erlaubt höchstens 10 externe Benutzer, und wer sich verbindet, muss im selben Browser bei pipedream.com angemeldet sein. Verwenden Sie für Kunden die Produktion.",
        "Los enlaces de desarrollo no funcionan para los clientes: un proyecto admite como máximo 10 usuarios externos y quien se conecta debe haber iniciado sesión en pipedream.com en el mismo navegador. Use producción para los clientes.",
        "Les liens de développement ne fonctionnent pas pour les clients : un projet accepte au plus 10 utilisateurs externes, et la personne qui se connecte doit être connectée à pipedream.com dans le même navigateur. Utilisez la production pour les clients.",
        "開発用リンクは顧客には使えません。1 つのプロジェクトで使える外部ユーザーは最大 10 人で、接続する人は同じブラウザーで pipedream.com にサインインしている必要があります。顧客には本番環境を使ってください。"),
    "Production — live customer links": (
        "Produktion – echte Kundenlinks",
        "Producción: enlaces reales para clientes",
        "Production — liens clients réels",
        "本番 — 顧客向けの実リンク"),
    "Links work for any customer. Accounts they connect are real and live only in production.": (
        "Links funktionieren für jeden Kunden. Die verbundenen Konten sind echt und existieren nur in der Produktion.",
        "Los enlaces funcionan para cualquier cliente. Las cuentas que conectan son reales y solo existen en producción.",
        "Les liens fonctionnent pour tout client. Les comptes connectés sont réels et n'existent qu'en production.",
        "リンクはどの顧客にも使えます。接続されたアカウントは実際のもので、本番環境にのみ存在します。"),
    "Sandbox — links are not real": (
        "Sandbox – Links sind nicht echt",
        "Sandbox: los enlaces no son reales",
        "Bac à sable — les liens ne sont pas réels",
        "サンドボックス — リンクは本物ではありません"),
    "ConnectDesk is talking to its built-in simulator. Tokens and Connect Links created here work only on this computer; never send them to a customer.": (
        "ConnectDesk spricht mit seinem eingebauten Simulator. Hier erstellte Tokens und Connect Links funktionieren nur auf diesem Computer; senden Sie sie nie an Kunden.",
        "ConnectDesk está usando su simulador integrado. Los tokens y Connect Links creados aquí solo funcionan en este equipo; no los envíe nunca a un cliente.",
        "ConnectDesk communique avec son simulateur intégré. Les jetons et Connect Links créés ici ne fonctionnent que sur cet ordinateur ; ne les envoyez jamais à un client.",
        "ConnectDesk は内蔵シミュレーターと通信しています。ここで作成したトークンと Connect Link はこのコンピューターでしか使えません。顧客には絶対に送らないでください。"),

    "Development — simulated": ("Entwicklung – simuliert", "Desarrollo: simulado",
                                "Développement — simulé", "開発 — シミュレーション"),
    "Production — simulated": ("Produktion – simuliert", "Producción: simulada",
                               "Production — simulée", "本番 — シミュレーション"),
    "The sandbox imitates development: %1": (
        "Die Sandbox ahmt die Entwicklung nach: %1",
        "El sandbox imita desarrollo: %1",
        "Le bac à sable imite le développement : %1",
        "サンドボックスは開発環境を模倣しています: %1"),
    "The sandbox imitates production with the same rules; nothing created here is live.": (
        "Die Sandbox ahmt die Produktion mit denselben Regeln nach; nichts, was hier erstellt wird, ist echt.",
        "El sandbox imita producción con las mismas reglas; nada de lo que se crea aquí es real.",
        "Le bac à sable imite la production avec les mêmes règles ; rien de ce qui est créé ici n'est réel.",
        "サンドボックスは同じルールで本番環境を模倣しています。ここで作成したものは実際には使えません。"),

    # AccessTokenProvider, ApiReply
    "No client ID or client secret is set for this project.": (
        "Für dieses Projekt sind keine Client-ID und kein Client-Secret festgelegt.",
        "Este proyecto no tiene ID de cliente ni secreto de cliente.",
        "Aucun ID client ni secret client n'est défini pour ce projet.",
        "このプロジェクトにはクライアント ID またはクライアントシークレットが設定されていません。"),
    "the OAuth answer has no access_token or expires_in": (
        "die OAuth-Antwort enthält kein access_token oder expires_in",
        "la respuesta OAuth no contiene access_token ni expires_in",
        "la réponse OAuth ne contient ni access_token ni expires_in",
        "OAuth の応答に access_token または expires_in がありません"),
    "the answer is not a JSON object": (
        "die Antwort ist kein JSON-Objekt",
        "la respuesta no es un objeto JSON",
        "la réponse n'est pas un objet JSON",
        "応答が JSON オブジェクトではありません"),

    # CallLogModel
    "no answer": ("keine Antwort", "sin respuesta", "pas de réponse", "応答なし"),
    "%1 ms": ("%1 ms", "%1 ms", "%1 ms", "%1 ミリ秒"),
    "%1 s": ("%1 s", "%1 s", "%1 s", "%1 秒"),
    "Time": ("Zeit", "Hora", "Heure", "時刻"),
    "Method": ("Methode", "Método", "Méthode", "メソッド"),
    "Path": ("Pfad", "Ruta", "Chemin", "パス"),
    "Status": ("Status", "Estado", "État", "状態"),
    "Duration": ("Dauer", "Duración", "Durée", "所要時間"),
    "Retries": ("Wiederholungen", "Reintentos", "Nouvelles tentatives", "再試行"),

    # HistoryStore
    "Active": ("Aktiv", "Activo", "Actif", "有効"),
    "Connected": ("Verbunden", "Conectado", "Connecté", "接続済み"),
    "Expired": ("Abgelaufen", "Caducado", "Expiré", "期限切れ"),
    "Failed": ("Fehlgeschlagen", "Fallido", "Échec", "失敗"),
    "schema version %1 is newer than this ConnectDesk understands (%2)": (
        "Schemaversion %1 ist neuer als diese ConnectDesk-Version versteht (%2)",
        "la versión de esquema %1 es más reciente de lo que entiende este ConnectDesk (%2)",
        "la version de schéma %1 est plus récente que ce que comprend ce ConnectDesk (%2)",
        "スキーマバージョン %1 はこの ConnectDesk が扱えるもの (%2) より新しいです"),
    "The history database is damaged (%1).": (
        "Die Verlaufsdatenbank ist beschädigt (%1).",
        "La base de datos del historial está dañada (%1).",
        "La base de données de l'historique est endommagée (%1).",
        "履歴データベースが破損しています (%1)。"),
    "The history database is locked by another program (%1).": (
        "Die Verlaufsdatenbank ist von einem anderen Programm gesperrt (%1).",
        "Otro programa tiene bloqueada la base de datos del historial (%1).",
        "La base de données de l'historique est verrouillée par un autre programme (%1).",
        "履歴データベースが別のプログラムによってロックされています (%1)。"),
    "The history database was written by a newer ConnectDesk (%1).": (
        "Die Verlaufsdatenbank wurde von einer neueren ConnectDesk-Version geschrieben (%1).",
        "La base de datos del historial la escribió un ConnectDesk más reciente (%1).",
        "La base de données de l'historique a été écrite par un ConnectDesk plus récent (%1).",
        "履歴データベースは新しいバージョンの ConnectDesk で書き込まれています (%1)。"),
    "The history database could not be opened (%1).": (
        "Die Verlaufsdatenbank konnte nicht geöffnet werden (%1).",
        "No se pudo abrir la base de datos del historial (%1).",
        "Impossible d'ouvrir la base de données de l'historique (%1).",
        "履歴データベースを開けませんでした (%1)。"),
    'It was kept as "%1" and a new, empty history was started.': (
        "Sie wurde als „%1“ aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.",
        "Se conservó como «%1» y se empezó un historial nuevo y vacío.",
        "Elle a été conservée sous « %1 » et un nouvel historique vide a été commencé.",
        "「%1」として保管し、新しい空の履歴を開始しました。"),
    "The file was left as it is.": (
        "Die Datei wurde unverändert gelassen.",
        "El archivo se dejó tal cual.",
        "Le fichier a été laissé tel quel.",
        "ファイルはそのまま残しています。"),
    'It was kept as "%1".': (
        "Sie wurde als „%1“ aufbewahrt.",
        "Se conservó como «%1».",
        "Elle a été conservée sous « %1 ».",
        "「%1」として保管しました。"),
    "This session's history is kept in memory only%1.": (
        "Der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten%1.",
        "El historial de esta sesión solo se guarda en memoria%1.",
        "L'historique de cette session n'est conservé qu'en mémoire%1.",
        "このセッションの履歴はメモリー上にのみ保持されます%1。"),
    'could not rename "%1"': (
        "„%1“ konnte nicht umbenannt werden",
        "no se pudo cambiar el nombre de «%1»",
        "impossible de renommer « %1 »",
        "「%1」の名前を変更できませんでした"),
    "The history database is not open.": (
        "Die Verlaufsdatenbank ist nicht geöffnet.",
        "La base de datos del historial no está abierta.",
        "La base de données de l'historique n'est pas ouverte.",
        "履歴データベースが開かれていません。"),

    # MessageTemplateStore, PresetStore
    "Could not save the message templates to %1.": (
        "Die Nachrichtenvorlagen konnten nicht in %1 gespeichert werden.",
        "No se pudieron guardar las plantillas de mensaje en %1.",
        "Impossible d'enregistrer les modèles de message dans %1.",
        "メッセージテンプレートを %1 に保存できませんでした。"),
    "Could not write the presets to %1.": (
        "Die Voreinstellungen konnten nicht in %1 geschrieben werden.",
        "No se pudieron escribir los ajustes predefinidos en %1.",
        "Impossible d'écrire les préréglages dans %1.",
        "プリセットを %1 に書き込めませんでした。"),
    "Give the preset a name.": (
        "Geben Sie der Voreinstellung einen Namen.",
        "Asigne un nombre al ajuste predefinido.",
        "Donnez un nom au préréglage.",
        "プリセットに名前を付けてください。"),
    'A preset called "%1" already exists.': (
        "Eine Voreinstellung namens „%1“ gibt es bereits.",
        "Ya existe un ajuste predefinido llamado «%1».",
        "Un préréglage nommé « %1 » existe déjà.",
        "「%1」という名前のプリセットは既にあります。"),
    'There is no preset called "%1".': (
        "Es gibt keine Voreinstellung namens „%1“.",
        "No hay ningún ajuste predefinido llamado «%1».",
        "Aucun préréglage ne s'appelle « %1 ».",
        "「%1」という名前のプリセットはありません。"),

    # ProfileStore
    "%n profile(s) imported": (
        ["%n Profil importiert", "%n Profile importiert"],
        ["%n perfil importado", "%n perfiles importados"],
        ["%n profil importé", "%n profils importés"],
        ["%n 件のプロファイルをインポートしました"]),
    "; %n skipped": (
        ["; %n übersprungen", "; %n übersprungen"],
        ["; %n omitido", "; %n omitidos"],
        ["; %n ignoré", "; %n ignorés"],
        ["、%n 件をスキップ"]),
    "The system-wide profile configuration %1 could not be read.": (
        "Die systemweite Profilkonfiguration %1 konnte nicht gelesen werden.",
        "No se pudo leer la configuración de perfiles de todo el sistema %1.",
        "Impossible de lire la configuration de profils du système %1.",
        "システム全体のプロファイル設定 %1 を読み込めませんでした。"),
    'its "%1" entry was ignored: secrets belong in the keychain': (
        "sein Eintrag „%1“ wurde ignoriert: Secrets gehören in den Schlüsselbund",
        "se ignoró su entrada «%1»: los secretos van en el llavero",
        "son entrée « %1 » a été ignorée : les secrets vont dans le trousseau",
        "「%1」の項目は無視しました: シークレットはキーチェーンに保存するものです"),
    'IT profile %1 ("%2") was skipped: %3': (
        "IT-Profil %1 („%2“) wurde übersprungen: %3",
        "Se omitió el perfil de TI %1 («%2»): %3",
        "Le profil informatique %1 (« %2 ») a été ignoré : %3",
        "IT プロファイル %1 (「%2」) をスキップしました: %3"),
    'IT profile "%1": %2': (
        "IT-Profil „%1“: %2",
        "Perfil de TI «%1»: %2",
        "Profil informatique « %1 » : %2",
        "IT プロファイル「%1」: %2"),
    "This profile no longer exists.": (
        "Dieses Profil existiert nicht mehr.",
        "Este perfil ya no existe.",
        "Ce profil n'existe plus.",
        "このプロファイルはもう存在しません。"),
    '"%1" is provided by your IT department and cannot be changed; duplicate it to make your own version.': (
        "„%1“ wird von Ihrer IT-Abteilung bereitgestellt und kann nicht geändert werden; duplizieren Sie es, um eine eigene Version zu erstellen.",
        "«%1» lo proporciona su departamento de TI y no se puede modificar; duplíquelo para crear su propia versión.",
        "« %1 » est fourni par votre service informatique et ne peut pas être modifié ; dupliquez-le pour créer votre propre version.",
        "「%1」は IT 部門が提供しているため変更できません。複製して自分用のバージョンを作成してください。"),
    "%1 (copy)": ("%1 (Kopie)", "%1 (copia)", "%1 (copie)", "%1 (コピー)"),
    "%1 (copy %2)": ("%1 (Kopie %2)", "%1 (copia %2)", "%1 (copie %2)", "%1 (コピー %2)"),
    "Could not write %1: %2": (
        "%1 konnte nicht geschrieben werden: %2",
        "No se pudo escribir %1: %2",
        "Impossible d'écrire %1 : %2",
        "%1 に書き込めませんでした: %2"),
    "The file is not valid JSON: %1 (at byte %2).": (
        "Die Datei ist kein gültiges JSON: %1 (bei Byte %2).",
        "El archivo no es JSON válido: %1 (en el byte %2).",
        "Le fichier n'est pas du JSON valide : %1 (à l'octet %2).",
        "ファイルが正しい JSON ではありません: %1 (%2 バイト目)。"),
    'The file is a "%1" file, not a ConnectDesk profile export.': (
        "Die Datei ist eine „%1“-Datei, kein ConnectDesk-Profilexport.",
        "El archivo es de tipo «%1», no una exportación de perfiles de ConnectDesk.",
        "Le fichier est un fichier « %1 », pas un export de profils ConnectDesk.",
        "このファイルは「%1」ファイルで、ConnectDesk のプロファイルのエクスポートではありません。"),
    "The file was written by a newer ConnectDesk; update to import it.": (
        "Die Datei wurde von einer neueren ConnectDesk-Version geschrieben; aktualisieren Sie, um sie zu importieren.",
        "El archivo lo escribió un ConnectDesk más reciente; actualice para importarlo.",
        "Le fichier a été écrit par un ConnectDesk plus récent ; mettez à jour pour l'importer.",
        "このファイルは新しいバージョンの ConnectDesk で書き出されています。インポートするには更新してください。"),
    'The file has no "profiles" list.': (
        "Die Datei enthält keine „profiles“-Liste.",
        "El archivo no tiene una lista «profiles».",
        "Le fichier ne contient pas de liste « profiles ».",
        "ファイルに「profiles」リストがありません。"),
    "Entry %1 is not a profile object.": (
        "Eintrag %1 ist kein Profilobjekt.",
        "La entrada %1 no es un objeto de perfil.",
        "L'entrée %1 n'est pas un objet profil.",
        "項目 %1 はプロファイルのオブジェクトではありません。"),
    "Could not open %1: %2": (
        "%1 konnte nicht geöffnet werden: %2",
        "No se pudo abrir %1: %2",
        "Impossible d'ouvrir %1 : %2",
        "%1 を開けませんでした: %2"),
    "%1 is too large to be a profile export.": (
        "%1 ist zu groß für einen Profilexport.",
        "%1 es demasiado grande para ser una exportación de perfiles.",
        "%1 est trop volumineux pour être un export de profils.",
        "%1 はプロファイルのエクスポートとしては大きすぎます。"),

    # Settings
    "The settings file could not be read, so ConnectDesk started with fresh settings. The old file was kept as %1.": (
        "Die Einstellungsdatei konnte nicht gelesen werden, daher hat ConnectDesk mit neuen Einstellungen begonnen. Die alte Datei wurde als %1 aufbewahrt.",
        "No se pudo leer el archivo de configuración, así que ConnectDesk empezó con una configuración nueva. El archivo anterior se conservó como %1.",
        "Le fichier de paramètres n'a pas pu être lu, ConnectDesk a donc démarré avec des paramètres neufs. L'ancien fichier a été conservé sous %1.",
        "設定ファイルを読み込めなかったため、ConnectDesk は新しい設定で起動しました。古いファイルは %1 として保管しています。"),
    "The settings file %1 could not be read and could not be moved aside; ConnectDesk started with fresh settings that may not be saved.": (
        "Die Einstellungsdatei %1 konnte weder gelesen noch beiseitegelegt werden; ConnectDesk hat mit neuen Einstellungen begonnen, die möglicherweise nicht gespeichert werden.",
        "No se pudo leer ni apartar el archivo de configuración %1; ConnectDesk empezó con una configuración nueva que quizá no se guarde.",
        "Le fichier de paramètres %1 n'a pu être ni lu ni mis de côté ; ConnectDesk a démarré avec des paramètres neufs qui risquent de ne pas être enregistrés.",
        "設定ファイル %1 を読み込むことも退避することもできませんでした。ConnectDesk は新しい設定で起動しましたが、保存されない可能性があります。"),
    "Could not write the settings file %1.": (
        "Die Einstellungsdatei %1 konnte nicht geschrieben werden.",
        "No se pudo escribir el archivo de configuración %1.",
        "Impossible d'écrire le fichier de paramètres %1.",
        "設定ファイル %1 に書き込めませんでした。"),
    "The settings file %1 is damaged.": (
        "Die Einstellungsdatei %1 ist beschädigt.",
        "El archivo de configuración %1 está dañado.",
        "Le fichier de paramètres %1 est endommagé.",
        "設定ファイル %1 が破損しています。"),

    # ConnectionTestResult
    "Connected: %1 accepted the client ID and secret.": (
        "Verbunden: %1 hat Client-ID und Secret akzeptiert.",
        "Conectado: %1 aceptó el ID de cliente y el secreto.",
        "Connecté : %1 a accepté l'ID client et le secret.",
        "接続しました: %1 がクライアント ID とシークレットを受け入れました。"),

    # Countdown
    ("%n h", "hours, abbreviated"): (
        ["%n Std.", "%n Std."], ["%n h", "%n h"], ["%n h", "%n h"], ["%n時間"]),
    ("%n min", "minutes, abbreviated"): (
        ["%n Min.", "%n Min."], ["%n min", "%n min"], ["%n min", "%n min"], ["%n分"]),
    ("%n s", "seconds, abbreviated"): (
        ["%n Sek.", "%n Sek."], ["%n s", "%n s"], ["%n s", "%n s"], ["%n秒"]),
    "%1 %2": ("%1 %2", "%1 %2", "%1 %2", "%1%2"),
    "expires in %1": ("läuft in %1 ab", "caduca en %1", "expire dans %1", "あと %1 で期限切れ"),
    "expired just now": ("gerade abgelaufen", "acaba de caducar", "vient d'expirer", "たった今期限切れ"),
    "expired %1 ago": ("vor %1 abgelaufen", "caducó hace %1", "expiré depuis %1", "%1前に期限切れ"),
    "The link has expired.": (
        "Der Link ist abgelaufen.", "El enlace ha caducado.", "Le lien a expiré.",
        "リンクの有効期限が切れました。"),
    "Expires in %n minute(s).": (
        ["Läuft in %n Minute ab.", "Läuft in %n Minuten ab."],
        ["Caduca en %n minuto.", "Caduca en %n minutos."],
        ["Expire dans %n minute.", "Expire dans %n minutes."],
        ["あと %n 分で期限切れになります。"]),
    "Expires in %n hour(s).": (
        ["Läuft in %n Stunde ab.", "Läuft in %n Stunden ab."],
        ["Caduca en %n hora.", "Caduca en %n horas."],
        ["Expire dans %n heure.", "Expire dans %n heures."],
        ["あと %n 時間で期限切れになります。"]),
    "Expires in %1 and %2.": (
        "Läuft in %1 und %2 ab.", "Caduca en %1 y %2.", "Expire dans %1 et %2.",
        "あと %1 %2で期限切れになります。"),
    "%n hour(s)": (
        ["%n Stunde", "%n Stunden"], ["%n hora", "%n horas"], ["%n heure", "%n heures"],
        ["%n 時間"]),
    "%n minute(s)": (
        ["%n Minute", "%n Minuten"], ["%n minuto", "%n minutos"], ["%n minute", "%n minutes"],
        ["%n 分"]),

    # CsvReader, CsvRowSource
    "line %1: the file could not be read (%2)": (
        "Zeile %1: Die Datei konnte nicht gelesen werden (%2)",
        "línea %1: no se pudo leer el archivo (%2)",
        "ligne %1 : impossible de lire le fichier (%2)",
        "%1 行目: ファイルを読み込めませんでした (%2)"),
    "line %1: the file is not UTF-8 text": (
        "Zeile %1: Die Datei ist kein UTF-8-Text",
        "línea %1: el archivo no es texto UTF-8",
        "ligne %1 : le fichier n'est pas du texte UTF-8",
        "%1 行目: ファイルが UTF-8 テキストではありません"),
    "line %1: a quoted field is not closed": (
        "Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen",
        "línea %1: un campo entre comillas no está cerrado",
        "ligne %1 : un champ entre guillemets n'est pas fermé",
        "%1 行目: 引用符で囲まれたフィールドが閉じていません"),
    "The file is empty.": ("Die Datei ist leer.", "El archivo está vacío.", "Le fichier est vide.",
                           "ファイルが空です。"),
    "The first row must be a header with an external_user_id column (and optionally an app column).": (
        "Die erste Zeile muss eine Kopfzeile mit einer Spalte external_user_id sein (und optional einer Spalte app).",
        "La primera fila debe ser un encabezado con una columna external_user_id (y, opcionalmente, una columna app).",
        "La première ligne doit être un en-tête avec une colonne external_user_id (et éventuellement une colonne app).",
        "1 行目は external_user_id 列 (と、必要なら app 列) を含む見出し行にしてください。"),

    # MessageTemplates
    "the Connect Link": ("der Connect Link", "el Connect Link", "le Connect Link", "Connect Link"),
    "the app's name (Slack), or its slug": (
        "der Name der App (Slack) oder ihr Slug",
        "el nombre de la app (Slack) o su slug",
        "le nom de l'app (Slack) ou son slug",
        "アプリ名 (Slack) またはそのスラッグ"),
    "the customer's external user ID": (
        "die externe Benutzer-ID des Kunden",
        "el ID de usuario externo del cliente",
        "l'ID utilisateur externe du client",
        "顧客の外部ユーザー ID"),
    "when the link expires, as a date and time": (
        "wann der Link abläuft, als Datum und Uhrzeit",
        "cuándo caduca el enlace, como fecha y hora",
        "quand le lien expire, sous forme de date et d'heure",
        "リンクの有効期限 (日時)"),
    "how long the link is still valid (3 hours 59 minutes)": (
        "wie lange der Link noch gültig ist (3 Stunden 59 Minuten)",
        "cuánto tiempo sigue siendo válido el enlace (3 horas 59 minutos)",
        "combien de temps le lien reste valable (3 heures 59 minutes)",
        "リンクの残り有効時間 (3 時間 59 分)"),
    "Email": ("E-Mail", "Correo electrónico", "E-mail", "メール"),
    "Your link to connect {app}": (
        "Ihr Link zum Verbinden von {app}",
        "Su enlace para conectar {app}",
        "Votre lien pour connecter {app}",
        "{app} を接続するためのリンク"),
    "Chat": ("Chat", "Chat", "Chat", "チャット"),
    "Here is your secure link to connect {app}: {link}\nIt works once and expires in {expires_in} ({expires_at}).": (
        "Hier ist Ihr sicherer Link zum Verbinden von {app}: {link}\nEr funktioniert einmal und läuft in {expires_in} ab ({expires_at}).",
        "Aquí tiene su enlace seguro para conectar {app}: {link}\nFunciona una vez y caduca en {expires_in} ({expires_at}).",
        "Voici votre lien sécurisé pour connecter {app} : {link}\nIl fonctionne une fois et expire dans {expires_in} ({expires_at}).",
        "{app} を接続するための安全なリンクです: {link}\n1 回だけ使用でき、{expires_in}後 ({expires_at}) に期限切れになります。"),
    "Support ticket": ("Support-Ticket", "Ticket de soporte", "Ticket d'assistance", "サポートチケット"),
    "Hi,\n\nPlease use the link below to connect {app}. It can be used once and is valid until {expires_at}.\n\n{link}\n\nIf the link has expired before you get to it, reply to this ticket and we will send a fresh one.\n\nReference: {external_user_id}": (
        "Hallo,\n\nbitte verwenden Sie den folgenden Link, um {app} zu verbinden. Er kann einmal verwendet werden und ist bis {expires_at} gültig.\n\n{link}\n\nFalls der Link abgelaufen ist, bevor Sie dazu kommen, antworten Sie auf dieses Ticket, und wir senden Ihnen einen neuen.\n\nReferenz: {external_user_id}",
        "Hola:\n\nUse el siguiente enlace para conectar {app}. Se puede usar una vez y es válido hasta {expires_at}.\n\n{link}\n\nSi el enlace caduca antes de que pueda usarlo, responda a este ticket y le enviaremos uno nuevo.\n\nReferencia: {external_user_id}",
        "Bonjour,\n\nUtilisez le lien ci-dessous pour connecter {app}. Il ne peut être utilisé qu'une fois et reste valable jusqu'au {expires_at}.\n\n{link}\n\nSi le lien a expiré avant que vous ne l'utilisiez, répondez à ce ticket et nous vous en enverrons un nouveau.\n\nRéférence : {external_user_id}",
        "こんにちは。\n\n以下のリンクから {app} を接続してください。1 回だけ使用でき、{expires_at} まで有効です。\n\n{link}\n\nご利用前にリンクの期限が切れた場合は、このチケットに返信していただければ新しいリンクをお送りします。\n\n参照番号: {external_user_id}"),
    "Link only": ("Nur Link", "Solo el enlace", "Lien seul", "リンクのみ"),
    "your app": ("Ihre App", "su app", "votre app", "お使いのアプリ"),
    "%1 at %2 %3": ("%1 um %2 %3", "%1 a las %2 %3", "%1 à %2 %3", "%1 %2 %3"),
    "already expired": ("bereits abgelaufen", "ya caducado", "déjà expiré", "既に期限切れ"),
    "less than a minute": ("weniger als eine Minute", "menos de un minuto", "moins d'une minute",
                           "1 分未満"),
    ("%Ln hour", "singular"): (["%Ln Stunde", "%Ln Stunde"], ["%Ln hora", "%Ln hora"],
                               ["%Ln heure", "%Ln heure"], ["%Ln時間"]),
    ("%Ln hours", "plural"): (["%Ln Stunden", "%Ln Stunden"], ["%Ln horas", "%Ln horas"],
                              ["%Ln heures", "%Ln heures"], ["%Ln時間"]),
    ("%Ln minute", "singular"): (["%Ln Minute", "%Ln Minute"], ["%Ln minuto", "%Ln minuto"],
                                 ["%Ln minute", "%Ln minute"], ["%Ln分"]),
    ("%Ln minutes", "plural"): (["%Ln Minuten", "%Ln Minuten"], ["%Ln minutos", "%Ln minutos"],
                                ["%Ln minutes", "%Ln minutes"], ["%Ln分"]),

    # Profile
    "Profile": ("Profil", "Perfil", "Profil", "プロファイル"),
    "Name": ("Name", "Nombre", "Nom", "名前"),
    "Project ID": ("Projekt-ID", "ID del proyecto", "ID du projet", "プロジェクト ID"),
    "Default environment": ("Standardumgebung", "Entorno predeterminado", "Environnement par défaut",
                            "既定の環境"),
    "Client ID": ("Client-ID", "ID de cliente", "ID client", "クライアント ID"),
    "Access scope": ("Zugriffs-Scope", "Alcance de acceso", "Portée d'accès", "アクセススコープ"),
    "API base URL": ("API-Basis-URL", "URL base de la API", "URL de base de l'API", "API ベース URL"),
    "Enter a name for the profile.": (
        "Geben Sie einen Namen für das Profil ein.",
        "Introduzca un nombre para el perfil.",
        "Saisissez un nom pour le profil.",
        "プロファイルの名前を入力してください。"),
    "The name is %1 characters long; the limit is %2.": (
        "Der Name ist %1 Zeichen lang; erlaubt sind %2.",
        "El nombre tiene %1 caracteres; el límite es %2.",
        "Le nom fait %1 caractères ; la limite est de %2.",
        "名前が %1 文字あります。上限は %2 文字です。"),
    "The name contains a line break, tab or other control character.": (
        "Der Name enthält einen Zeilenumbruch, Tabulator oder ein anderes Steuerzeichen.",
        "El nombre contiene un salto de línea, un tabulador u otro carácter de control.",
        "Le nom contient un saut de ligne, une tabulation ou un autre caractère de contrôle.",
        "名前に改行、タブ、またはその他の制御文字が含まれています。"),
    'A profile named "%1" already exists; choose another name.': (
        "Ein Profil namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.",
        "Ya existe un perfil llamado «%1»; elija otro nombre.",
        "Un profil nommé « %1 » existe déjà ; choisissez un autre nom.",
        "「%1」という名前のプロファイルは既にあります。別の名前を選んでください。"),
    "Enter the OAuth client ID (from Pipedream's API settings).": (
        "Geben Sie die OAuth-Client-ID ein (aus den API-Einstellungen von Pipedream).",
        "Introduzca el ID de cliente OAuth (de la configuración de API de Pipedream).",
        "Saisissez l'ID client OAuth (dans les paramètres API de Pipedream).",
        "OAuth クライアント ID を入力してください (Pipedream の API 設定にあります)。"),
    "A client ID has no spaces or line breaks; check that it was pasted whole.": (
        "Eine Client-ID enthält keine Leerzeichen oder Zeilenumbrüche; prüfen Sie, ob sie vollständig eingefügt wurde.",
        "Un ID de cliente no tiene espacios ni saltos de línea; compruebe que se pegó completo.",
        "Un ID client ne contient ni espace ni saut de ligne ; vérifiez qu'il a été collé en entier.",
        "クライアント ID には空白や改行は含まれません。すべて貼り付けられているか確認してください。"),
    '"%1" is not a scope; separate scopes such as connect:tokens:create with spaces.': (
        "„%1“ ist kein Scope; trennen Sie Scopes wie connect:tokens:create durch Leerzeichen.",
        "«%1» no es un alcance; separe los alcances como connect:tokens:create con espacios.",
        "« %1 » n'est pas une portée ; séparez les portées comme connect:tokens:create par des espaces.",
        "「%1」はスコープではありません。connect:tokens:create のようなスコープは空白で区切ってください。"),
    "The API base URL must be an absolute http(s) address such as https://api.pipedream.com: %1": (
        "Die API-Basis-URL muss eine absolute http(s)-Adresse wie https://api.pipedream.com sein: %1",
        "La URL base de la API debe ser una dirección http(s) absoluta, como https://api.pipedream.com: %1",
        "L'URL de base de l'API doit être une adresse http(s) absolue comme https://api.pipedream.com : %1",
        "API ベース URL は https://api.pipedream.com のような絶対 http(s) アドレスにしてください: %1"),
    "The API base URL must not carry a user name, password, query or fragment.": (
        "Die API-Basis-URL darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten.",
        "La URL base de la API no debe incluir usuario, contraseña, consulta ni fragmento.",
        "L'URL de base de l'API ne doit contenir ni nom d'utilisateur, ni mot de passe, ni requête, ni fragment.",
        "API ベース URL にユーザー名、パスワード、クエリ、フラグメントを含めることはできません。"),
    'The field "%1" was ignored: secrets are never imported; enter the client secret in ConnectDesk.': (
        "Das Feld „%1“ wurde ignoriert: Secrets werden nie importiert; geben Sie das Client-Secret in ConnectDesk ein.",
        "Se ignoró el campo «%1»: los secretos nunca se importan; introduzca el secreto de cliente en ConnectDesk.",
        "Le champ « %1 » a été ignoré : les secrets ne sont jamais importés ; saisissez le secret client dans ConnectDesk.",
        "フィールド「%1」は無視しました。シークレットはインポートされません。クライアントシークレットは ConnectDesk で入力してください。"),

    # ProjectChoice
    "Environment": ("Umgebung", "Entorno", "Environnement", "環境"),
    "Sandbox": ("Sandbox", "Sandbox", "Bac à sable", "サンドボックス"),

    # QrCode
    "There is nothing to encode.": (
        "Es gibt nichts zu kodieren.", "No hay nada que codificar.", "Il n'y a rien à encoder.",
        "エンコードする内容がありません。"),
    "The text is too long for a QR code (%n bytes).": (
        ["Der Text ist zu lang für einen QR-Code (%n Byte).",
         "Der Text ist zu lang für einen QR-Code (%n Byte)."],
        ["El texto es demasiado largo para un código QR (%n byte).",
         "El texto es demasiado largo para un código QR (%n bytes)."],
        ["Le texte est trop long pour un code QR (%n octet).",
         "Le texte est trop long pour un code QR (%n octets)."],
        ["テキストが長すぎて QR コードにできません (%n バイト)。"]),
    "The QR code could not be created.": (
        "Der QR-Code konnte nicht erstellt werden.",
        "No se pudo crear el código QR.",
        "Impossible de créer le code QR.",
        "QR コードを作成できませんでした。"),

    # ScopeCatalogue
    "Everything under Connect (the server default)": (
        "Alles unter Connect (Standard des Servers)",
        "Todo lo de Connect (el valor predeterminado del servidor)",
        "Tout ce qui relève de Connect (valeur par défaut du serveur)",
        "Connect 配下のすべて (サーバーの既定値)"),
    "Run Connect actions": ("Connect-Aktionen ausführen", "Ejecutar acciones de Connect",
                            "Exécuter des actions Connect", "Connect のアクションを実行"),
    "Connect triggers": ("Connect-Trigger", "Disparadores de Connect", "Déclencheurs Connect",
                         "Connect のトリガー"),
    "List and fetch the user's connected accounts": (
        "Verbundene Konten des Benutzers auflisten und abrufen",
        "Listar y obtener las cuentas conectadas del usuario",
        "Lister et récupérer les comptes connectés de l'utilisateur",
        "ユーザーの接続済みアカウントを一覧・取得"),
    "Create or remove connected accounts": (
        "Verbundene Konten anlegen oder entfernen",
        "Crear o eliminar cuentas conectadas",
        "Créer ou supprimer des comptes connectés",
        "接続済みアカウントを作成・削除"),
    "Read deployed triggers, their events and webhooks": (
        "Bereitgestellte Trigger, ihre Ereignisse und Webhooks lesen",
        "Leer los disparadores desplegados, sus eventos y webhooks",
        "Lire les déclencheurs déployés, leurs événements et webhooks",
        "デプロイ済みトリガーとそのイベント・Webhook を読み取り"),
    "Modify or delete deployed triggers": (
        "Bereitgestellte Trigger ändern oder löschen",
        "Modificar o eliminar disparadores desplegados",
        "Modifier ou supprimer des déclencheurs déployés",
        "デプロイ済みトリガーを変更・削除"),
    "Usage records for a time window": (
        "Nutzungsdaten für einen Zeitraum",
        "Registros de uso de un periodo",
        "Relevés d'utilisation sur une période",
        "期間ごとの使用状況の記録"),
    "List and fetch external users": (
        "Externe Benutzer auflisten und abrufen",
        "Listar y obtener usuarios externos",
        "Lister et récupérer les utilisateurs externes",
        "外部ユーザーを一覧・取得"),
    "Delete external users": ("Externe Benutzer löschen", "Eliminar usuarios externos",
                              "Supprimer des utilisateurs externes", "外部ユーザーを削除"),
    "Create Connect tokens": ("Connect-Tokens erstellen", "Crear tokens de Connect",
                              "Créer des jetons Connect", "Connect トークンを作成"),
    "Call the Connect proxy": ("Den Connect-Proxy aufrufen", "Llamar al proxy de Connect",
                               "Appeler le proxy Connect", "Connect プロキシを呼び出し"),
    "Invoke workflows on the user's behalf": (
        "Workflows im Namen des Benutzers aufrufen",
        "Invocar flujos de trabajo en nombre del usuario",
        "Appeler des workflows au nom de l'utilisateur",
        "ユーザーに代わってワークフローを呼び出し"),
    "Read projects": ("Projekte lesen", "Leer proyectos", "Lire les projets", "プロジェクトを読み取り"),
    "Modify projects": ("Projekte ändern", "Modificar proyectos", "Modifier les projets",
                        "プロジェクトを変更"),

    # SecretError
    "No client secret is kept for this profile in this session; enter it in the profile settings.": (
        "Für dieses Profil wird in dieser Sitzung kein Client-Secret gehalten; geben Sie es in den Profileinstellungen ein.",
        "No se guarda ningún secreto de cliente para este perfil en esta sesión; introdúzcalo en la configuración del perfil.",
        "Aucun secret client n'est conservé pour ce profil dans cette session ; saisissez-le dans les paramètres du profil.",
        "このセッションではこのプロファイルのクライアントシークレットが保持されていません。プロファイル設定で入力してください。"),
    "No client secret is stored for this profile; enter it in the profile settings.": (
        "Für dieses Profil ist kein Client-Secret gespeichert; geben Sie es in den Profileinstellungen ein.",
        "No hay ningún secreto de cliente guardado para este perfil; introdúzcalo en la configuración del perfil.",
        "Aucun secret client n'est enregistré pour ce profil ; saisissez-le dans les paramètres du profil.",
        "このプロファイルにはクライアントシークレットが保存されていません。プロファイル設定で入力してください。"),
    "The client secret stored for this profile is no longer in the keychain: it was removed outside ConnectDesk, or its keyring is locked. Unlock the keyring or enter the secret again.": (
        "Das für dieses Profil gespeicherte Client-Secret ist nicht mehr im Schlüsselbund: Es wurde außerhalb von ConnectDesk entfernt, oder der Schlüsselbund ist gesperrt. Entsperren Sie den Schlüsselbund oder geben Sie das Secret erneut ein.",
        "El secreto de cliente guardado para este perfil ya no está en el llavero: se eliminó fuera de ConnectDesk o el llavero está bloqueado. Desbloquee el llavero o vuelva a introducir el secreto.",
        "Le secret client enregistré pour ce profil n'est plus dans le trousseau : il a été supprimé hors de ConnectDesk, ou le trousseau est verrouillé. Déverrouillez le trousseau ou saisissez à nouveau le secret.",
        "このプロファイル用に保存したクライアントシークレットがキーチェーンにありません。ConnectDesk の外で削除されたか、キーリングがロックされています。キーリングのロックを解除するか、シークレットを再入力してください。"),
    "No keychain is available (%1), so the client secret cannot be stored safely. Start your desktop's keyring (GNOME Keyring, KWallet or another Secret Service), or keep the secret for this session only.": (
        "Kein Schlüsselbund verfügbar (%1), daher kann das Client-Secret nicht sicher gespeichert werden. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring, KWallet oder einen anderen Secret Service), oder behalten Sie das Secret nur für diese Sitzung.",
        "No hay ningún llavero disponible (%1), así que el secreto de cliente no se puede guardar de forma segura. Inicie el llavero de su escritorio (GNOME Keyring, KWallet u otro Secret Service) o conserve el secreto solo para esta sesión.",
        "Aucun trousseau n'est disponible (%1) : le secret client ne peut pas être enregistré en sécurité. Démarrez le trousseau de votre bureau (GNOME Keyring, KWallet ou un autre Secret Service), ou conservez le secret pour cette session uniquement.",
        "キーチェーンを利用できないため (%1)、クライアントシークレットを安全に保存できません。デスクトップのキーリング (GNOME Keyring、KWallet、その他の Secret Service) を起動するか、このセッションの間だけシークレットを保持してください。"),
    "no Secret Service answered": (
        "kein Secret Service hat geantwortet",
        "ningún Secret Service respondió",
        "aucun Secret Service n'a répondu",
        "Secret Service から応答がありません"),
    "The keychain is locked or refused access. Unlock it (for example by logging in to your desktop keyring) and try again.": (
        "Der Schlüsselbund ist gesperrt oder verweigert den Zugriff. Entsperren Sie ihn (zum Beispiel durch Anmelden am Schlüsselbund Ihres Desktops) und versuchen Sie es erneut.",
        "El llavero está bloqueado o denegó el acceso. Desbloquéelo (por ejemplo, iniciando sesión en el llavero de su escritorio) e inténtelo de nuevo.",
        "Le trousseau est verrouillé ou a refusé l'accès. Déverrouillez-le (par exemple en vous connectant au trousseau de votre bureau) et réessayez.",
        "キーチェーンがロックされているか、アクセスが拒否されました。ロックを解除して (例: デスクトップのキーリングにログイン) もう一度お試しください。"),
    "The keychain reported an error: %1.": (
        "Der Schlüsselbund meldete einen Fehler: %1.",
        "El llavero informó de un error: %1.",
        "Le trousseau a signalé une erreur : %1.",
        "キーチェーンがエラーを報告しました: %1。"),
    "no details": ("keine Details", "sin detalles", "aucun détail", "詳細なし"),

    # TokenCheck
    "The server's answer did not say whether the token is valid.": (
        "Die Antwort des Servers sagt nicht, ob das Token gültig ist.",
        "La respuesta del servidor no indica si el token es válido.",
        "La réponse du serveur n'indique pas si le jeton est valide.",
        "サーバーの応答からはトークンが有効かどうかわかりませんでした。"),
    "Valid: the token can still be used.": (
        "Gültig: Das Token kann noch verwendet werden.",
        "Válido: el token todavía se puede usar.",
        "Valide : le jeton peut encore être utilisé.",
        "有効: このトークンはまだ使用できます。"),
    "Valid: the token can still be used to connect %1.": (
        "Gültig: Mit dem Token kann %1 noch verbunden werden.",
        "Válido: el token todavía se puede usar para conectar %1.",
        "Valide : le jeton peut encore servir à connecter %1.",
        "有効: このトークンで %1 をまだ接続できます。"),
    "Already used: an account was connected with this token. Create a new one.": (
        "Bereits verwendet: Mit diesem Token wurde ein Konto verbunden. Erstellen Sie ein neues.",
        "Ya usado: se conectó una cuenta con este token. Cree uno nuevo.",
        "Déjà utilisé : un compte a été connecté avec ce jeton. Créez-en un nouveau.",
        "使用済み: このトークンでアカウントが接続されました。新しいトークンを作成してください。"),
    "Expired: the token can no longer be used. Create a new one.": (
        "Abgelaufen: Das Token kann nicht mehr verwendet werden. Erstellen Sie ein neues.",
        "Caducado: el token ya no se puede usar. Cree uno nuevo.",
        "Expiré : le jeton ne peut plus être utilisé. Créez-en un nouveau.",
        "期限切れ: このトークンはもう使用できません。新しいトークンを作成してください。"),
    "Not found: the server does not know this token.": (
        "Nicht gefunden: Der Server kennt dieses Token nicht.",
        "No encontrado: el servidor no conoce este token.",
        "Introuvable : le serveur ne connaît pas ce jeton.",
        "見つかりません: サーバーはこのトークンを認識していません。"),
    "App not found: the token is fine, but no app has this ID or slug.": (
        "App nicht gefunden: Das Token ist in Ordnung, aber keine App hat diese ID oder diesen Slug.",
        "App no encontrada: el token es correcto, pero ninguna app tiene este ID o slug.",
        "App introuvable : le jeton est correct, mais aucune app n'a cet ID ou ce slug.",
        "アプリが見つかりません: トークンは正常ですが、この ID またはスラッグのアプリはありません。"),
    "The check failed: %1": (
        "Die Prüfung ist fehlgeschlagen: %1",
        "La comprobación falló: %1",
        "La vérification a échoué : %1",
        "確認に失敗しました: %1"),

    # TokenRequest
    "External user ID": ("Externe Benutzer-ID", "ID de usuario externo", "ID utilisateur externe",
                         "外部ユーザー ID"),
    "Allowed origins": ("Erlaubte Ursprünge", "Orígenes permitidos", "Origines autorisées",
                        "許可するオリジン"),
    "Success redirect URI": ("Weiterleitungs-URI bei Erfolg", "URI de redirección en caso de éxito",
                             "URI de redirection en cas de succès", "成功時のリダイレクト URI"),
    "Error redirect URI": ("Weiterleitungs-URI bei Fehler", "URI de redirección en caso de error",
                           "URI de redirection en cas d'erreur", "エラー時のリダイレクト URI"),
    "Webhook URI": ("Webhook-URI", "URI del webhook", "URI du webhook", "Webhook URI"),
    "Expires in": ("Läuft ab in", "Caduca en", "Expire dans", "有効期間"),
    "Scope": ("Scope", "Alcance", "Portée", "スコープ"),
    "Allow progressive scopes": ("Schrittweise Scopes erlauben", "Permitir alcances progresivos",
                                 "Autoriser les portées progressives", "段階的なスコープを許可"),
    "App": ("App", "App", "App", "アプリ"),
    "Enter the project ID (it starts with proj_).": (
        "Geben Sie die Projekt-ID ein (sie beginnt mit proj_).",
        "Introduzca el ID del proyecto (empieza por proj_).",
        "Saisissez l'ID du projet (il commence par proj_).",
        "プロジェクト ID を入力してください (proj_ で始まります)。"),
    'A project ID looks like proj_abc123: "proj_" followed by letters and digits.': (
        "Eine Projekt-ID sieht aus wie proj_abc123: „proj_“ gefolgt von Buchstaben und Ziffern.",
        "Un ID de proyecto tiene la forma proj_abc123: «proj_» seguido de letras y dígitos.",
        "Un ID de projet ressemble à proj_abc123 : « proj_ » suivi de lettres et de chiffres.",
        "プロジェクト ID は proj_abc123 のように「proj_」の後に英字と数字が続きます。"),
    'The environment must be "development" or "production".': (
        "Die Umgebung muss „development“ oder „production“ sein.",
        "El entorno debe ser «development» o «production».",
        "L'environnement doit être « development » ou « production ».",
        "環境は「development」または「production」にしてください。"),
    "Enter the customer's external user ID.": (
        "Geben Sie die externe Benutzer-ID des Kunden ein.",
        "Introduzca el ID de usuario externo del cliente.",
        "Saisissez l'ID utilisateur externe du client.",
        "顧客の外部ユーザー ID を入力してください。"),
    "The external user ID is %1 characters long; the limit is %2.": (
        "Die externe Benutzer-ID ist %1 Zeichen lang; erlaubt sind %2.",
        "El ID de usuario externo tiene %1 caracteres; el límite es %2.",
        "L'ID utilisateur externe fait %1 caractères ; la limite est de %2.",
        "外部ユーザー ID が %1 文字あります。上限は %2 文字です。"),
    "The external user ID contains a line break, tab or other control character.": (
        "Die externe Benutzer-ID enthält einen Zeilenumbruch, Tabulator oder ein anderes Steuerzeichen.",
        "El ID de usuario externo contiene un salto de línea, un tabulador u otro carácter de control.",
        "L'ID utilisateur externe contient un saut de ligne, une tabulation ou un autre caractère de contrôle.",
        "外部ユーザー ID に改行、タブ、またはその他の制御文字が含まれています。"),
    "Expiry must be a whole number of seconds from %1 to %2 (4 hours).": (
        "Die Gültigkeit muss eine ganze Zahl von Sekunden zwischen %1 und %2 (4 Stunden) sein.",
        "La caducidad debe ser un número entero de segundos entre %1 y %2 (4 horas).",
        "L'expiration doit être un nombre entier de secondes entre %1 et %2 (4 heures).",
        "有効期間は %1 〜 %2 (4 時間) の整数の秒数にしてください。"),
    '"*" is not allowed for a Connect token; the widest scope is connect:*.': (
        "„*“ ist für ein Connect-Token nicht erlaubt; der weiteste Scope ist connect:*.",
        "«*» no está permitido en un token de Connect; el alcance más amplio es connect:*.",
        "« * » n'est pas autorisé pour un jeton Connect ; la portée la plus large est connect:*.",
        "Connect トークンに「*」は使えません。最も広いスコープは connect:* です。"),
    '"%1" is not a Connect scope.': (
        "„%1“ ist kein Connect-Scope.",
        "«%1» no es un alcance de Connect.",
        "« %1 » n'est pas une portée Connect.",
        "「%1」は Connect のスコープではありません。"),
    "connect:* already includes every other scope: choose it alone or pick narrower scopes.": (
        "connect:* umfasst bereits alle anderen Scopes: Wählen Sie es allein oder engere Scopes.",
        "connect:* ya incluye todos los demás alcances: elíjalo solo o escoja alcances más limitados.",
        "connect:* inclut déjà toutes les autres portées : choisissez-le seul ou des portées plus restreintes.",
        "connect:* には他のすべてのスコープが含まれます。単独で選ぶか、より狭いスコープを選んでください。"),
    'An app slug has only letters, digits, "_" and "-" (for example google_sheets).': (
        "Ein App-Slug enthält nur Buchstaben, Ziffern, „_“ und „-“ (zum Beispiel google_sheets).",
        "Un slug de app solo contiene letras, dígitos, «_» y «-» (por ejemplo google_sheets).",
        "Un slug d'app ne contient que des lettres, des chiffres, « _ » et « - » (par exemple google_sheets).",
        "アプリのスラッグに使えるのは英字、数字、「_」、「-」だけです (例: google_sheets)。"),

    # TokenResult
    "the response is not JSON (%1)": (
        "die Antwort ist kein JSON (%1)",
        "la respuesta no es JSON (%1)",
        "la réponse n'est pas du JSON (%1)",
        "応答が JSON ではありません (%1)"),
    "the response is not a JSON object": (
        "die Antwort ist kein JSON-Objekt",
        "la respuesta no es un objeto JSON",
        "la réponse n'est pas un objet JSON",
        "応答が JSON オブジェクトではありません"),
    '"token" is missing or not of the form ctok_ + 32 hex digits': (
        "„token“ fehlt oder hat nicht die Form ctok_ + 32 Hexziffern",
        "«token» falta o no tiene la forma ctok_ + 32 dígitos hexadecimales",
        "« token » est absent ou n'a pas la forme ctok_ + 32 chiffres hexadécimaux",
        "「token」がないか、ctok_ + 16 進数 32 桁の形式ではありません"),
    '"expires_at" is missing or not an ISO 8601 date and time': (
        "„expires_at“ fehlt oder ist kein Datum mit Uhrzeit nach ISO 8601",
        "«expires_at» falta o no es una fecha y hora ISO 8601",
        "« expires_at » est absent ou n'est pas une date et heure ISO 8601",
        "「expires_at」がないか、ISO 8601 の日時ではありません"),
    '"connect_link_url" is missing or not an absolute URL': (
        "„connect_link_url“ fehlt oder ist keine absolute URL",
        "«connect_link_url» falta o no es una URL absoluta",
        "« connect_link_url » est absent ou n'est pas une URL absolue",
        "「connect_link_url」がないか、絶対 URL ではありません"),

    # UrlRules
    "The origin is empty.": ("Der Ursprung ist leer.", "El origen está vacío.", "L'origine est vide.",
                             "オリジンが空です。"),
    "Wildcards are not allowed; list each origin.": (
        "Platzhalter sind nicht erlaubt; geben Sie jeden Ursprung einzeln an.",
        "No se permiten comodines; indique cada origen.",
        "Les caractères génériques ne sont pas autorisés ; indiquez chaque origine.",
        "ワイルドカードは使えません。オリジンを個別に指定してください。"),
    "Start the origin with http:// or https://.": (
        "Beginnen Sie den Ursprung mit http:// oder https://.",
        "Empiece el origen con http:// o https://.",
        "Commencez l'origine par http:// ou https://.",
        "オリジンは http:// または https:// で始めてください。"),
    "Only http:// and https:// origins are allowed.": (
        "Nur http://- und https://-Ursprünge sind erlaubt.",
        "Solo se permiten orígenes http:// y https://.",
        "Seules les origines http:// et https:// sont autorisées.",
        "使用できるのは http:// と https:// のオリジンだけです。"),
    "An origin cannot contain a user name or password.": (
        "Ein Ursprung darf keinen Benutzernamen und kein Passwort enthalten.",
        "Un origen no puede contener usuario ni contraseña.",
        "Une origine ne peut pas contenir de nom d'utilisateur ni de mot de passe.",
        "オリジンにユーザー名やパスワードを含めることはできません。"),
    'An origin cannot contain a query ("?...").': (
        "Ein Ursprung darf keine Abfrage („?...“) enthalten.",
        "Un origen no puede contener una consulta («?...»).",
        "Une origine ne peut pas contenir de requête (« ?... »).",
        "オリジンにクエリ (「?...」) を含めることはできません。"),
    'An origin cannot contain a fragment ("#...").': (
        "Ein Ursprung darf kein Fragment („#...“) enthalten.",
        "Un origen no puede contener un fragmento («#...»).",
        "Une origine ne peut pas contenir de fragment (« #... »).",
        "オリジンにフラグメント (「#...」) を含めることはできません。"),
    "An origin has no path: use scheme://host[:port] only.": (
        "Ein Ursprung hat keinen Pfad: Verwenden Sie nur schema://host[:port].",
        "Un origen no tiene ruta: use solo esquema://host[:puerto].",
        "Une origine n'a pas de chemin : utilisez uniquement schéma://hôte[:port].",
        "オリジンにパスは含めません。scheme://host[:port] の形式だけにしてください。"),
    "The URL is empty.": ("Die URL ist leer.", "La URL está vacía.", "L'URL est vide.", "URL が空です。"),
    "A URL cannot contain spaces; encode them as %20.": (
        "Eine URL darf keine Leerzeichen enthalten; kodieren Sie sie als %20.",
        "Una URL no puede contener espacios; codifíquelos como %20.",
        "Une URL ne peut pas contenir d'espaces ; encodez-les en %20.",
        "URL に空白は使えません。%20 にエンコードしてください。"),
    "Use an absolute URL starting with http:// or https://.": (
        "Verwenden Sie eine absolute URL, die mit http:// oder https:// beginnt.",
        "Use una URL absoluta que empiece por http:// o https://.",
        "Utilisez une URL absolue commençant par http:// ou https://.",
        "http:// または https:// で始まる絶対 URL を使ってください。"),
    "The URL has no host name.": ("Die URL hat keinen Hostnamen.", "La URL no tiene nombre de host.",
                                  "L'URL n'a pas de nom d'hôte.", "URL にホスト名がありません。"),
    "%1=%2: %3": ("%1=%2: %3", "%1=%2: %3", "%1=%2 : %3", "%1=%2: %3"),
    "no PEM certificate in the file.": ("keine PEM-Zertifikate in der Datei.",
                                        "no hay ningún certificado PEM en el archivo.",
                                        "aucun certificat PEM dans le fichier.",
                                        "ファイルに PEM 証明書がありません。"),
    "the file cannot be read.": ("die Datei kann nicht gelesen werden.",
                                 "no se puede leer el archivo.",
                                 "le fichier ne peut pas être lu.",
                                 "ファイルを読み込めません。"),
}

# English plural forms (connectdesk_en.ts).
EN = {
    "Rate limited (HTTP 429).%1 Try again in %n second(s).": [
        "Rate limited (HTTP 429).%1 Try again in %n second.",
        "Rate limited (HTTP 429).%1 Try again in %n seconds."],
    "%n profile(s) imported": ["%n profile imported", "%n profiles imported"],
    "; %n skipped": ["; %n skipped", "; %n skipped"],
    "%n h": ["%n h", "%n h"],
    "%n min": ["%n min", "%n min"],
    "%n s": ["%n s", "%n s"],
    "Expires in %n minute(s).": ["Expires in %n minute.", "Expires in %n minutes."],
    "Expires in %n hour(s).": ["Expires in %n hour.", "Expires in %n hours."],
    "%n hour(s)": ["%n hour", "%n hours"],
    "%n minute(s)": ["%n minute", "%n minutes"],
    "%Ln hour": ["%Ln hour", "%Ln hour"],
    "%Ln hours": ["%Ln hours", "%Ln hours"],
    "%Ln minute": ["%Ln minute", "%Ln minute"],
    "%Ln minutes": ["%Ln minutes", "%Ln minutes"],
    "The text is too long for a QR code (%n bytes).": [
        "The text is too long for a QR code (%n byte).",
        "The text is too long for a QR code (%n bytes)."],
}
