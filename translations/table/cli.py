# Translations of app/cli strings (the command line): (de, es, fr, ja).
# Flags (--input), variables (PIPEDREAM_CLIENT_ID), commands and values stay as they are.

T = {
    # CommandContext
    "Project ID (proj_...). Default: $PIPEDREAM_PROJECT_ID.": (
        "Projekt-ID (proj_...). Standard: $PIPEDREAM_PROJECT_ID.",
        "ID del proyecto (proj_...). Predeterminado: $PIPEDREAM_PROJECT_ID.",
        "ID du projet (proj_...). Par défaut : $PIPEDREAM_PROJECT_ID.",
        "プロジェクト ID (proj_...)。既定値: $PIPEDREAM_PROJECT_ID。"),
    "ID": ("ID", "ID", "ID", "ID"),
    "development or production. Default: $PIPEDREAM_PROJECT_ENVIRONMENT, else production.": (
        "development oder production. Standard: $PIPEDREAM_PROJECT_ENVIRONMENT, sonst production.",
        "development o production. Predeterminado: $PIPEDREAM_PROJECT_ENVIRONMENT; si no, production.",
        "development ou production. Par défaut : $PIPEDREAM_PROJECT_ENVIRONMENT, sinon production.",
        "development または production。既定値: $PIPEDREAM_PROJECT_ENVIRONMENT、なければ production。"),
    "ENV": ("UMGEBUNG", "ENTORNO", "ENV", "環境"),
    "API base URL. Default: $PIPEDREAM_BASE_URL, else https://api.pipedream.com.": (
        "API-Basis-URL. Standard: $PIPEDREAM_BASE_URL, sonst https://api.pipedream.com.",
        "URL base de la API. Predeterminado: $PIPEDREAM_BASE_URL; si no, https://api.pipedream.com.",
        "URL de base de l'API. Par défaut : $PIPEDREAM_BASE_URL, sinon https://api.pipedream.com.",
        "API ベース URL。既定値: $PIPEDREAM_BASE_URL、なければ https://api.pipedream.com。"),
    "URL": ("URL", "URL", "URL", "URL"),
    "An origin (scheme://host[:port]) allowed to use the token from a browser. Repeat for several.": (
        "Ein Ursprung (schema://host[:port]), der das Token im Browser verwenden darf. Für mehrere wiederholen.",
        "Un origen (esquema://host[:puerto]) que puede usar el token desde un navegador. Repítalo para varios.",
        "Une origine (schéma://hôte[:port]) autorisée à utiliser le jeton depuis un navigateur. À répéter pour plusieurs.",
        "ブラウザーからトークンを使用できるオリジン (scheme://host[:port])。複数ある場合は繰り返し指定します。"),
    "ORIGIN": ("URSPRUNG", "ORIGEN", "ORIGINE", "オリジン"),
    "Where the Connect Link sends the customer on success.": (
        "Wohin der Connect Link den Kunden bei Erfolg schickt.",
        "Adónde envía el Connect Link al cliente si todo va bien.",
        "Où le Connect Link envoie le client en cas de succès.",
        "成功時に Connect Link が顧客を誘導する先。"),
    "Where the Connect Link sends the customer on error.": (
        "Wohin der Connect Link den Kunden bei einem Fehler schickt.",
        "Adónde envía el Connect Link al cliente si hay un error.",
        "Où le Connect Link envoie le client en cas d'erreur.",
        "エラー時に Connect Link が顧客を誘導する先。"),
    "Receives CONNECTION_SUCCESS / CONNECTION_ERROR events.": (
        "Empfängt die Ereignisse CONNECTION_SUCCESS / CONNECTION_ERROR.",
        "Recibe los eventos CONNECTION_SUCCESS / CONNECTION_ERROR.",
        "Reçoit les événements CONNECTION_SUCCESS / CONNECTION_ERROR.",
        "CONNECTION_SUCCESS / CONNECTION_ERROR イベントを受け取ります。"),
    "Token lifetime in seconds, 1 to 14400. Default: 14400 (4 hours).": (
        "Gültigkeit des Tokens in Sekunden, 1 bis 14400. Standard: 14400 (4 Stunden).",
        "Duración del token en segundos, de 1 a 14400. Predeterminado: 14400 (4 horas).",
        "Durée de vie du jeton en secondes, de 1 à 14400. Par défaut : 14400 (4 heures).",
        "トークンの有効期間 (秒、1 〜 14400)。既定値: 14400 (4 時間)。"),
    "SECONDS": ("SEKUNDEN", "SEGUNDOS", "SECONDES", "秒数"),
    "A Connect scope (connect:accounts:read, ...). Repeat or separate with spaces. Default: connect:*.": (
        "Ein Connect-Scope (connect:accounts:read, ...). Wiederholen oder durch Leerzeichen trennen. Standard: connect:*.",
        "Un alcance de Connect (connect:accounts:read, ...). Repítalo o sepárelos con espacios. Predeterminado: connect:*.",
        "Une portée Connect (connect:accounts:read, ...). À répéter ou à séparer par des espaces. Par défaut : connect:*.",
        "Connect のスコープ (connect:accounts:read など)。繰り返すか空白で区切って指定します。既定値: connect:*。"),
    "SCOPE": ("SCOPE", "ALCANCE", "PORTÉE", "スコープ"),
    "Let the customer grant a subset of the app's OAuth scopes.": (
        "Den Kunden nur einen Teil der OAuth-Scopes der App gewähren lassen.",
        "Permitir que el cliente conceda solo una parte de los alcances OAuth de la app.",
        "Permettre au client d'accorder une partie seulement des portées OAuth de l'app.",
        "アプリの OAuth スコープの一部だけを顧客が許可できるようにします。"),
    "SLUG": ("SLUG", "SLUG", "SLUG", "スラッグ"),
    "%1: the value is empty.": (
        "%1: Der Wert ist leer.", "%1: el valor está vacío.", "%1 : la valeur est vide.",
        "%1: 値が空です。"),
    "%1: %2": ("%1: %2", "%1: %2", "%1 : %2", "%1: %2"),
    "%1 or %2": ("%1 oder %2", "%1 o %2", "%1 ou %2", "%1 または %2"),
    "%1 #%2": ("%1 Nr. %2", "%1 n.º %2", "%1 nº %2", "%1 #%2"),
    "%1 (%2): %3": ("%1 (%2): %3", "%1 (%2): %3", "%1 (%2) : %3", "%1 (%2): %3"),
    "PIPEDREAM_CLIENT_ID is not set: export the OAuth client ID (Pipedream workspace settings, API).": (
        "PIPEDREAM_CLIENT_ID ist nicht gesetzt: Exportieren Sie die OAuth-Client-ID (Pipedream-Workspace-Einstellungen, API).",
        "PIPEDREAM_CLIENT_ID no está definido: exporte el ID de cliente OAuth (configuración del espacio de trabajo de Pipedream, API).",
        "PIPEDREAM_CLIENT_ID n'est pas défini : exportez l'ID client OAuth (paramètres de l'espace de travail Pipedream, API).",
        "PIPEDREAM_CLIENT_ID が設定されていません。OAuth クライアント ID をエクスポートしてください (Pipedream のワークスペース設定の API)。"),
    "PIPEDREAM_CLIENT_SECRET is not set: export the OAuth client secret. It is read only from the environment, never from the command line.": (
        "PIPEDREAM_CLIENT_SECRET ist nicht gesetzt: Exportieren Sie das OAuth-Client-Secret. Es wird nur aus der Umgebung gelesen, nie von der Befehlszeile.",
        "PIPEDREAM_CLIENT_SECRET no está definido: exporte el secreto de cliente OAuth. Solo se lee del entorno, nunca de la línea de órdenes.",
        "PIPEDREAM_CLIENT_SECRET n'est pas défini : exportez le secret client OAuth. Il n'est lu que depuis l'environnement, jamais depuis la ligne de commande.",
        "PIPEDREAM_CLIENT_SECRET が設定されていません。OAuth クライアントシークレットをエクスポートしてください。シークレットは環境変数からのみ読み込み、コマンドラインからは受け付けません。"),

    # CommandLine
    "Show this help.": ("Diese Hilfe anzeigen.", "Mostrar esta ayuda.", "Afficher cette aide.",
                        "このヘルプを表示します。"),
    "Usage: %1 %2 %3": ("Aufruf: %1 %2 %3", "Uso: %1 %2 %3", "Utilisation : %1 %2 %3",
                        "使い方: %1 %2 %3"),
    "%1 %2: %3": ("%1 %2: %3", "%1 %2: %3", "%1 %2 : %3", "%1 %2: %3"),
    'Run "%1 %2 --help" for usage.': (
        "„%1 %2 --help“ zeigt die Verwendung.",
        "Ejecute «%1 %2 --help» para ver el uso.",
        "Lancez « %1 %2 --help » pour l'utilisation.",
        "使い方は「%1 %2 --help」を実行してください。"),
    "the client secret is never accepted on the command line (other users of this computer could read it there); set PIPEDREAM_CLIENT_SECRET in the environment.": (
        "das Client-Secret wird nie auf der Befehlszeile angenommen (andere Benutzer dieses Computers könnten es dort lesen); setzen Sie PIPEDREAM_CLIENT_SECRET in der Umgebung.",
        "el secreto de cliente nunca se acepta en la línea de órdenes (otros usuarios de este equipo podrían leerlo); defina PIPEDREAM_CLIENT_SECRET en el entorno.",
        "le secret client n'est jamais accepté sur la ligne de commande (d'autres utilisateurs de cet ordinateur pourraient l'y lire) ; définissez PIPEDREAM_CLIENT_SECRET dans l'environnement.",
        "クライアントシークレットはコマンドラインでは受け付けません (このコンピューターの他のユーザーに読まれるおそれがあります)。環境変数 PIPEDREAM_CLIENT_SECRET を設定してください。"),
    "set the OAuth client ID in PIPEDREAM_CLIENT_ID.": (
        "setzen Sie die OAuth-Client-ID in PIPEDREAM_CLIENT_ID.",
        "defina el ID de cliente OAuth en PIPEDREAM_CLIENT_ID.",
        "définissez l'ID client OAuth dans PIPEDREAM_CLIENT_ID.",
        "OAuth クライアント ID は PIPEDREAM_CLIENT_ID に設定してください。"),
    "(redacted)": ("(entfernt)", "(oculto)", "(masqué)", "(伏せ字)"),
    "unexpected argument %1.": ("unerwartetes Argument %1.", "argumento inesperado %1.",
                                "argument inattendu %1.", "予期しない引数 %1。"),

    # Dispatch
    'Usage:\n  connectdesk token create --external-user-id ID [options]\n  connectdesk token bulk --input users.csv --output links.csv [options]\nRun "connectdesk token create --help" or "connectdesk token bulk --help" for the options.': (
        'Aufruf:\n  connectdesk token create --external-user-id ID [Optionen]\n  connectdesk token bulk --input users.csv --output links.csv [Optionen]\n„connectdesk token create --help“ oder „connectdesk token bulk --help“ zeigt die Optionen.',
        'Uso:\n  connectdesk token create --external-user-id ID [opciones]\n  connectdesk token bulk --input users.csv --output links.csv [opciones]\nEjecute «connectdesk token create --help» o «connectdesk token bulk --help» para ver las opciones.',
        'Utilisation :\n  connectdesk token create --external-user-id ID [options]\n  connectdesk token bulk --input users.csv --output links.csv [options]\nLancez « connectdesk token create --help » ou « connectdesk token bulk --help » pour les options.',
        '使い方:\n  connectdesk token create --external-user-id ID [オプション]\n  connectdesk token bulk --input users.csv --output links.csv [オプション]\nオプションは「connectdesk token create --help」または「connectdesk token bulk --help」で表示されます。'),
    "connectdesk token: missing command (create or bulk).": (
        "connectdesk token: Befehl fehlt (create oder bulk).",
        "connectdesk token: falta la orden (create o bulk).",
        "connectdesk token : commande manquante (create ou bulk).",
        "connectdesk token: コマンドがありません (create または bulk)。"),

    # ProfileCommands
    '%1 profile: unknown command "%2".': (
        "%1 profile: unbekannter Befehl „%2“.",
        "%1 profile: orden desconocida «%2».",
        "%1 profile : commande inconnue « %2 ».",
        "%1 profile: 不明なコマンド「%2」。"),
    "Client secret (input hidden): ": (
        "Client-Secret (Eingabe verborgen): ",
        "Secreto de cliente (entrada oculta): ",
        "Secret client (saisie masquée) : ",
        "クライアントシークレット (入力は表示されません): "),
    "could not read standard input.": (
        "die Standardeingabe konnte nicht gelesen werden.",
        "no se pudo leer la entrada estándar.",
        "impossible de lire l'entrée standard.",
        "標準入力を読み込めませんでした。"),
    "no client secret on standard input; pipe it in, e.g. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.": (
        "kein Client-Secret auf der Standardeingabe; leiten Sie es weiter, z. B. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.",
        "no hay secreto de cliente en la entrada estándar; envíelo por una tubería, p. ej. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.",
        "aucun secret client sur l'entrée standard ; transmettez-le par un tube, par ex. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.",
        "標準入力にクライアントシークレットがありません。パイプで渡してください。例: `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`。"),
    "the client secret on standard input spans several lines; give only the secret.": (
        "das Client-Secret auf der Standardeingabe umfasst mehrere Zeilen; geben Sie nur das Secret an.",
        "el secreto de cliente de la entrada estándar ocupa varias líneas; indique solo el secreto.",
        "le secret client sur l'entrée standard tient sur plusieurs lignes ; ne fournissez que le secret.",
        "標準入力のクライアントシークレットが複数行にわたっています。シークレットだけを渡してください。"),
    "--name NAME --project-id proj_... --client-id ID [options] --client-secret-stdin": (
        "--name NAME --project-id proj_... --client-id ID [Optionen] --client-secret-stdin",
        "--name NOMBRE --project-id proj_... --client-id ID [opciones] --client-secret-stdin",
        "--name NOM --project-id proj_... --client-id ID [options] --client-secret-stdin",
        "--name NAME --project-id proj_... --client-id ID [オプション] --client-secret-stdin"),
    "Adds a profile. The client secret is read from standard input (never from the command line, where other users could see it) and stored in the system keychain.": (
        "Fügt ein Profil hinzu. Das Client-Secret wird von der Standardeingabe gelesen (nie von der Befehlszeile, wo andere Benutzer es sehen könnten) und im Schlüsselbund des Systems gespeichert.",
        "Añade un perfil. El secreto de cliente se lee de la entrada estándar (nunca de la línea de órdenes, donde otros usuarios podrían verlo) y se guarda en el llavero del sistema.",
        "Ajoute un profil. Le secret client est lu sur l'entrée standard (jamais sur la ligne de commande, où d'autres utilisateurs pourraient le voir) et enregistré dans le trousseau du système.",
        "プロファイルを追加します。クライアントシークレットは標準入力から読み込み (他のユーザーに見られるおそれがあるコマンドラインからは読み込みません)、システムのキーチェーンに保存します。"),
    "A unique name.": ("Ein eindeutiger Name.", "Un nombre único.", "Un nom unique.", "重複しない名前。"),
    "NAME": ("NAME", "NOMBRE", "NOM", "NAME"),
    "The project (proj_...).": ("Das Projekt (proj_...).", "El proyecto (proj_...).",
                                "Le projet (proj_...).", "プロジェクト (proj_...)。"),
    "The OAuth client ID.": ("Die OAuth-Client-ID.", "El ID de cliente OAuth.", "L'ID client OAuth.",
                             "OAuth クライアント ID。"),
    "The default environment: development or production (default).": (
        "Die Standardumgebung: development oder production (Standard).",
        "El entorno predeterminado: development o production (predeterminado).",
        "L'environnement par défaut : development ou production (par défaut).",
        "既定の環境: development または production (既定)。"),
    "E": ("E", "E", "E", "E"),
    'Scopes for the access token, space-separated (least privilege), e.g. "connect:tokens:create connect:users:read".': (
        "Scopes für das Zugriffstoken, durch Leerzeichen getrennt (minimale Rechte), z. B. „connect:tokens:create connect:users:read“.",
        "Alcances del token de acceso, separados por espacios (mínimo privilegio), p. ej. «connect:tokens:create connect:users:read».",
        "Portées du jeton d'accès, séparées par des espaces (moindre privilège), par ex. « connect:tokens:create connect:users:read ».",
        "アクセストークンのスコープを空白区切りで指定します (最小権限)。例:「connect:tokens:create connect:users:read」。"),
    "SCOPES": ("SCOPES", "ALCANCES", "PORTÉES", "スコープ"),
    "Another API address (advanced).": ("Eine andere API-Adresse (für Fortgeschrittene).",
                                        "Otra dirección de API (avanzado).",
                                        "Une autre adresse d'API (avancé).",
                                        "別の API アドレス (上級者向け)。"),
    "Read the client secret from standard input.": (
        "Das Client-Secret von der Standardeingabe lesen.",
        "Leer el secreto de cliente de la entrada estándar.",
        "Lire le secret client sur l'entrée standard.",
        "クライアントシークレットを標準入力から読み込みます。"),
    "--client-secret-stdin is required: pipe the client secret in on standard input.": (
        "--client-secret-stdin ist erforderlich: Leiten Sie das Client-Secret über die Standardeingabe weiter.",
        "--client-secret-stdin es obligatorio: envíe el secreto de cliente por la entrada estándar.",
        "--client-secret-stdin est obligatoire : transmettez le secret client sur l'entrée standard.",
        "--client-secret-stdin が必要です。クライアントシークレットを標準入力にパイプで渡してください。"),
    'Profile "%1" added; its client secret is in the system keychain.': (
        "Profil „%1“ hinzugefügt; sein Client-Secret liegt im Schlüsselbund des Systems.",
        "Perfil «%1» añadido; su secreto de cliente está en el llavero del sistema.",
        "Profil « %1 » ajouté ; son secret client est dans le trousseau du système.",
        "プロファイル「%1」を追加しました。クライアントシークレットはシステムのキーチェーンにあります。"),
    "[--json]": ("[--json]", "[--json]", "[--json]", "[--json]"),
    'Lists the profiles. Secrets are never shown; "stored" means the keychain holds one.': (
        "Listet die Profile auf. Secrets werden nie angezeigt; „gespeichert“ heißt, der Schlüsselbund enthält eines.",
        "Lista los perfiles. Los secretos nunca se muestran; «guardado» significa que el llavero contiene uno.",
        "Liste les profils. Les secrets ne sont jamais affichés ; « enregistré » signifie que le trousseau en contient un.",
        "プロファイルを一覧表示します。シークレットは表示しません。「保存済み」はキーチェーンにシークレットがあることを示します。"),
    "Print JSON.": ("JSON ausgeben.", "Imprimir JSON.", "Afficher du JSON.", "JSON で出力します。"),
    'No profiles yet. Add one with "%1 profile add --help".': (
        "Noch keine Profile. Fügen Sie eines mit „%1 profile add --help“ hinzu.",
        "Aún no hay perfiles. Añada uno con «%1 profile add --help».",
        "Aucun profil pour l'instant. Ajoutez-en un avec « %1 profile add --help ».",
        "プロファイルはまだありません。「%1 profile add --help」を参照して追加してください。"),
    "PROJECT": ("PROJEKT", "PROYECTO", "PROJET", "プロジェクト"),
    "ENVIRONMENT": ("UMGEBUNG", "ENTORNO", "ENVIRONNEMENT", "環境"),
    "CLIENT ID": ("CLIENT-ID", "ID DE CLIENTE", "ID CLIENT", "クライアント ID"),
    "SECRET": ("SECRET", "SECRETO", "SECRET", "シークレット"),
    "SOURCE": ("QUELLE", "ORIGEN", "SOURCE", "ソース"),
    "stored": ("gespeichert", "guardado", "enregistré", "保存済み"),
    "none": ("keines", "ninguno", "aucun", "なし"),
    "IT (read-only)": ("IT (schreibgeschützt)", "TI (solo lectura)", "Informatique (lecture seule)",
                       "IT (読み取り専用)"),
    "user": ("Benutzer", "usuario", "utilisateur", "ユーザー"),
    'there is no profile named "%1"; see "%2 profile list".': (
        "es gibt kein Profil namens „%1“; siehe „%2 profile list“.",
        "no hay ningún perfil llamado «%1»; consulte «%2 profile list».",
        "aucun profil ne s'appelle « %1 » ; voir « %2 profile list ».",
        "「%1」という名前のプロファイルはありません。「%2 profile list」を参照してください。"),
    'profile "%1": %2': ("Profil „%1“: %2", "perfil «%1»: %2", "profil « %1 » : %2",
                         "プロファイル「%1」: %2"),
    "Fetches an access token with the profile's client ID and secret and says whether they work.": (
        "Ruft mit Client-ID und Secret des Profils ein Zugriffstoken ab und meldet, ob sie funktionieren.",
        "Obtiene un token de acceso con el ID de cliente y el secreto del perfil e indica si funcionan.",
        "Obtient un jeton d'accès avec l'ID client et le secret du profil et indique s'ils fonctionnent.",
        "プロファイルのクライアント ID とシークレットでアクセストークンを取得し、使えるかどうかを表示します。"),
    "name the profile to test.": ("nennen Sie das zu testende Profil.",
                                  "indique el perfil que quiere probar.",
                                  "indiquez le profil à tester.",
                                  "テストするプロファイルを指定してください。"),
    "NAME [--force]": ("NAME [--force]", "NOMBRE [--force]", "NOM [--force]", "NAME [--force]"),
    "Removes the profile and deletes its client secret from the keychain.": (
        "Entfernt das Profil und löscht sein Client-Secret aus dem Schlüsselbund.",
        "Elimina el perfil y borra su secreto de cliente del llavero.",
        "Supprime le profil et efface son secret client du trousseau.",
        "プロファイルを削除し、そのクライアントシークレットをキーチェーンから削除します。"),
    "Remove the profile even when its secret cannot be deleted from the keychain.": (
        "Das Profil auch dann entfernen, wenn sein Secret nicht aus dem Schlüsselbund gelöscht werden kann.",
        "Eliminar el perfil aunque su secreto no se pueda borrar del llavero.",
        "Supprimer le profil même si son secret ne peut pas être effacé du trousseau.",
        "シークレットをキーチェーンから削除できない場合でもプロファイルを削除します。"),
    "name the profile to remove.": ("nennen Sie das zu entfernende Profil.",
                                    "indique el perfil que quiere eliminar.",
                                    "indiquez le profil à supprimer.",
                                    "削除するプロファイルを指定してください。"),
    'there is no profile named "%1".': ("es gibt kein Profil namens „%1“.",
                                        "no hay ningún perfil llamado «%1».",
                                        "aucun profil ne s'appelle « %1 ».",
                                        "「%1」という名前のプロファイルはありません。"),
    '"%1" is provided by your IT department and cannot be removed.': (
        "„%1“ wird von Ihrer IT-Abteilung bereitgestellt und kann nicht entfernt werden.",
        "«%1» lo proporciona su departamento de TI y no se puede eliminar.",
        "« %1 » est fourni par votre service informatique et ne peut pas être supprimé.",
        "「%1」は IT 部門が提供しているため削除できません。"),
    "The profile was kept. Use --force to remove it anyway (its secret may then stay in the keychain).": (
        "Das Profil wurde behalten. Mit --force wird es trotzdem entfernt (sein Secret bleibt dann eventuell im Schlüsselbund).",
        "Se conservó el perfil. Use --force para eliminarlo de todos modos (su secreto podría quedar en el llavero).",
        "Le profil a été conservé. Utilisez --force pour le supprimer quand même (son secret peut alors rester dans le trousseau).",
        "プロファイルは残しました。それでも削除するには --force を使ってください (シークレットがキーチェーンに残る場合があります)。"),
    'Profile "%1" removed.': ("Profil „%1“ entfernt.", "Perfil «%1» eliminado.",
                              "Profil « %1 » supprimé.", "プロファイル「%1」を削除しました。"),

    # Sandbox
    "Runs a local stand-in for the Connect API on 127.0.0.1 and prints the settings\nthat point connectdesk (or the Pipedream SDKs) at it. Links it creates are not\nreal. Stops on Ctrl+C or SIGTERM.": (
        "Startet einen lokalen Ersatz für die Connect API auf 127.0.0.1 und gibt die\nEinstellungen aus, mit denen connectdesk (oder die Pipedream-SDKs) ihn verwenden.\nDie erstellten Links sind nicht echt. Endet mit Strg+C oder SIGTERM.",
        "Ejecuta un sustituto local de la Connect API en 127.0.0.1 e imprime la\nconfiguración que dirige connectdesk (o los SDK de Pipedream) hacia él. Los enlaces\nque crea no son reales. Se detiene con Ctrl+C o SIGTERM.",
        "Lance un substitut local de la Connect API sur 127.0.0.1 et affiche les paramètres\nqui y dirigent connectdesk (ou les SDK Pipedream). Les liens qu'il crée ne sont pas\nréels. S'arrête avec Ctrl+C ou SIGTERM.",
        "127.0.0.1 で Connect API のローカル代替を実行し、connectdesk (または\nPipedream SDK) をそこに向ける設定を出力します。作成されるリンクは本物では\nありません。Ctrl+C または SIGTERM で停止します。"),
    "TCP port to listen on. Default: 0, a free port.": (
        "TCP-Port, auf dem gelauscht wird. Standard: 0, ein freier Port.",
        "Puerto TCP en el que escuchar. Predeterminado: 0, un puerto libre.",
        "Port TCP d'écoute. Par défaut : 0, un port libre.",
        "待ち受ける TCP ポート。既定値: 0 (空いているポート)。"),
    "N": ("N", "N", "N", "N"),
    "--port: use a whole number from 0 to 65535.": (
        "--port: Verwenden Sie eine ganze Zahl von 0 bis 65535.",
        "--port: use un número entero entre 0 y 65535.",
        "--port : utilisez un nombre entier de 0 à 65535.",
        "--port: 0 〜 65535 の整数を指定してください。"),
    "%1 sandbox: cannot listen on 127.0.0.1:%2 (is the port in use?).": (
        "%1 sandbox: Kann nicht auf 127.0.0.1:%2 lauschen (ist der Port belegt?).",
        "%1 sandbox: no se puede escuchar en 127.0.0.1:%2 (¿está el puerto en uso?).",
        "%1 sandbox : impossible d'écouter sur 127.0.0.1:%2 (le port est-il occupé ?).",
        "%1 sandbox: 127.0.0.1:%2 で待ち受けできません (ポートが使用中ではありませんか?)。"),
    "# ConnectDesk sandbox: a local stand-in for the Pipedream Connect API. Links it creates are not real.": (
        "# ConnectDesk-Sandbox: ein lokaler Ersatz für die Pipedream Connect API. Die erstellten Links sind nicht echt.",
        "# Sandbox de ConnectDesk: un sustituto local de la Pipedream Connect API. Los enlaces que crea no son reales.",
        "# Bac à sable ConnectDesk : un substitut local de la Pipedream Connect API. Les liens qu'il crée ne sont pas réels.",
        "# ConnectDesk サンドボックス: Pipedream Connect API のローカル代替です。作成されるリンクは本物ではありません。"),
    "# Listening on %1 until Ctrl+C. Paste these lines into another shell:": (
        "# Lauscht auf %1 bis Strg+C. Fügen Sie diese Zeilen in eine andere Shell ein:",
        "# Escuchando en %1 hasta Ctrl+C. Pegue estas líneas en otra shell:",
        "# À l'écoute sur %1 jusqu'à Ctrl+C. Collez ces lignes dans un autre shell :",
        "# Ctrl+C まで %1 で待ち受けます。次の行を別のシェルに貼り付けてください:"),
    "# Then try: %1 token create --external-user-id customer-1 --app slack": (
        "# Dann ausprobieren: %1 token create --external-user-id customer-1 --app slack",
        "# Después pruebe: %1 token create --external-user-id customer-1 --app slack",
        "# Puis essayez : %1 token create --external-user-id customer-1 --app slack",
        "# 次に試す: %1 token create --external-user-id customer-1 --app slack"),
    "# Open the link in a browser to play the customer, or from a script:": (
        "# Öffnen Sie den Link im Browser, um den Kunden zu spielen, oder per Skript:",
        "# Abra el enlace en un navegador para hacer de cliente, o desde un script:",
        "# Ouvrez le lien dans un navigateur pour jouer le client, ou depuis un script :",
        "# 顧客の立場で試すにはブラウザーでリンクを開くか、スクリプトから:"),

    # TokenBulk
    "%1:%2:%3": ("%1:%2:%3", "%1:%2:%3", "%1:%2:%3", "%1:%2:%3"),
    "%1:%2": ("%1:%2", "%1:%2", "%1:%2", "%1:%2"),
    ", %1 failed": (", %1 fehlgeschlagen", ", %1 fallidas", ", %1 en échec", "、%1 件失敗"),
    ", %1/s": (", %1/s", ", %1/s", ", %1/s", "、%1 件/秒"),
    ", %1 left": (", noch %1", ", quedan %1", ", encore %1", "、残り %1"),
    " (rate limited: waiting)": (" (Ratenlimit: wartet)", " (límite de frecuencia: esperando)",
                                 " (limite de débit : en attente)", " (レート制限: 待機中)"),
    " (stopping)": (" (wird beendet)", " (deteniéndose)", " (arrêt en cours)", " (停止中)"),
    "--input users.csv --output links.csv [options]": (
        "--input users.csv --output links.csv [Optionen]",
        "--input users.csv --output links.csv [opciones]",
        "--input users.csv --output links.csv [options]",
        "--input users.csv --output links.csv [オプション]"),
    "Creates a Connect Link for every row of a CSV file (a header row with an\nexternal_user_id column and optionally an app column) and writes\nexternal_user_id,app,connect_link,expires_at,status,error rows in input order.\nCredentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.": (
        "Erstellt für jede Zeile einer CSV-Datei einen Connect Link (Kopfzeile mit einer\nSpalte external_user_id und optional einer Spalte app) und schreibt Zeilen\nexternal_user_id,app,connect_link,expires_at,status,error in Eingabereihenfolge.\nDie Zugangsdaten kommen aus PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.",
        "Crea un Connect Link para cada fila de un archivo CSV (una fila de encabezado con\nuna columna external_user_id y, opcionalmente, una columna app) y escribe filas\nexternal_user_id,app,connect_link,expires_at,status,error en el orden de entrada.\nLas credenciales se toman de PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET.",
        "Crée un Connect Link pour chaque ligne d'un fichier CSV (une ligne d'en-tête avec\nune colonne external_user_id et éventuellement une colonne app) et écrit des lignes\nexternal_user_id,app,connect_link,expires_at,status,error dans l'ordre d'entrée.\nLes identifiants viennent de PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET.",
        "CSV ファイルの各行 (external_user_id 列と、必要なら app 列を含む見出し行が必要)\nについて Connect Link を作成し、external_user_id,app,connect_link,expires_at,status,error\nの行を入力と同じ順で書き出します。\n認証情報は PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET から読み込みます。"),
    "FILE": ("DATEI", "ARCHIVO", "FICHIER", "ファイル"),
    "Requests in flight at once, %1 to %2. Default: %3.": (
        "Gleichzeitig laufende Anfragen, %1 bis %2. Standard: %3.",
        "Solicitudes simultáneas, de %1 a %2. Predeterminado: %3.",
        "Requêtes simultanées, de %1 à %2. Par défaut : %3.",
        "同時に送信するリクエスト数 (%1 〜 %2)。既定値: %3。"),
    "--%1 is required.": ("--%1 ist erforderlich.", "--%1 es obligatorio.", "--%1 est obligatoire.",
                          "--%1 は必須です。"),
    "--concurrency: use a whole number from %1 to %2.": (
        "--concurrency: Verwenden Sie eine ganze Zahl von %1 bis %2.",
        "--concurrency: use un número entero entre %1 y %2.",
        "--concurrency : utilisez un nombre entier de %1 à %2.",
        "--concurrency: %1 〜 %2 の整数を指定してください。"),
    "%1: --input: cannot read %2: %3": (
        "%1: --input: %2 kann nicht gelesen werden: %3",
        "%1: --input: no se puede leer %2: %3",
        "%1 : --input : impossible de lire %2 : %3",
        "%1: --input: %2 を読み込めません: %3"),
    "%1: --input: %2: %3": ("%1: --input: %2: %3", "%1: --input: %2: %3",
                            "%1 : --input : %2 : %3", "%1: --input: %2: %3"),
    "%1: %2 Every remaining row was left unsent.": (
        "%1: %2 Alle übrigen Zeilen wurden nicht gesendet.",
        "%1: %2 No se envió ninguna de las filas restantes.",
        "%1 : %2 Aucune des lignes restantes n'a été envoyée.",
        "%1: %2 残りの行はすべて送信していません。"),
    "%1 of %Ln rows": (
        ["%1 von %Ln Zeile", "%1 von %Ln Zeilen"],
        ["%1 de %Ln fila", "%1 de %Ln filas"],
        ["%1 sur %Ln ligne", "%1 sur %Ln lignes"],
        ["%Ln 行中 %1 行"]),
    "%Ln rows": (["%Ln Zeile", "%Ln Zeilen"], ["%Ln fila", "%Ln filas"],
                 ["%Ln ligne", "%Ln lignes"], ["%Ln 行"]),
    "%Ln rows: %1 ok, %2 failed, in %3. Written to %4.": (
        ["%Ln Zeile: %1 ok, %2 fehlgeschlagen, in %3. Geschrieben nach %4.",
         "%Ln Zeilen: %1 ok, %2 fehlgeschlagen, in %3. Geschrieben nach %4."],
        ["%Ln fila: %1 correctas, %2 fallidas, en %3. Escrito en %4.",
         "%Ln filas: %1 correctas, %2 fallidas, en %3. Escrito en %4."],
        ["%Ln ligne : %1 réussies, %2 en échec, en %3. Écrit dans %4.",
         "%Ln lignes : %1 réussies, %2 en échec, en %3. Écrit dans %4."],
        ["%Ln 行: 成功 %1、失敗 %2、所要時間 %3。%4 に書き出しました。"]),
    "%1: %2 of %Ln rows failed; see the status and error columns in %3.": (
        ["%1: %2 von %Ln Zeile fehlgeschlagen; siehe die Spalten status und error in %3.",
         "%1: %2 von %Ln Zeilen fehlgeschlagen; siehe die Spalten status und error in %3."],
        ["%1: fallaron %2 de %Ln fila; consulte las columnas status y error en %3.",
         "%1: fallaron %2 de %Ln filas; consulte las columnas status y error en %3."],
        ["%1 : %2 sur %Ln ligne en échec ; voir les colonnes status et error dans %3.",
         "%1 : %2 lignes sur %Ln en échec ; voir les colonnes status et error dans %3."],
        ["%1: %Ln 行中 %2 行が失敗しました。%3 の status 列と error 列を確認してください。"]),

    # TokenCreate
    "--external-user-id ID [options]": ("--external-user-id ID [Optionen]",
                                        "--external-user-id ID [opciones]",
                                        "--external-user-id ID [options]",
                                        "--external-user-id ID [オプション]"),
    "Your ID for the customer (required, at most 250 characters).": (
        "Ihre ID für den Kunden (erforderlich, höchstens 250 Zeichen).",
        "Su ID para el cliente (obligatorio, 250 caracteres como máximo).",
        "Votre ID pour le client (obligatoire, 250 caractères au plus).",
        "顧客を表すあなたの ID (必須、最大 250 文字)。"),
    'Print {"token", "expires_at", "connect_link_url", "connect_link"} instead of the link.': (
        'Statt des Links {"token", "expires_at", "connect_link_url", "connect_link"} ausgeben.',
        'Imprimir {"token", "expires_at", "connect_link_url", "connect_link"} en lugar del enlace.',
        'Afficher {"token", "expires_at", "connect_link_url", "connect_link"} au lieu du lien.',
        'リンクの代わりに {"token", "expires_at", "connect_link_url", "connect_link"} を出力します。'),
    "no token in the answer": ("kein Token in der Antwort", "no hay token en la respuesta",
                               "aucun jeton dans la réponse", "応答にトークンがありません"),

    # GuiApp
    "Use the built-in simulator.": ("Den eingebauten Simulator verwenden.",
                                    "Usar el simulador integrado.",
                                    "Utiliser le simulateur intégré.",
                                    "内蔵シミュレーターを使います。"),
    "Build and render the window once, then exit.": (
        "Das Fenster einmal aufbauen und zeichnen, dann beenden.",
        "Construir y dibujar la ventana una vez y salir.",
        "Construire et afficher la fenêtre une fois, puis quitter.",
        "ウィンドウを一度構築して描画し、終了します。"),
    "Connect API base URL.": ("Basis-URL der Connect API.", "URL base de la Connect API.",
                              "URL de base de la Connect API.", "Connect API のベース URL。"),
    "User interface language.": ("Sprache der Benutzeroberfläche.", "Idioma de la interfaz.",
                                 "Langue de l'interface.", "ユーザーインターフェースの言語。"),
    '--api-base-url needs an http(s) URL, got "%1".': (
        "--api-base-url erwartet eine http(s)-URL, erhalten: „%1“.",
        "--api-base-url necesita una URL http(s); se recibió «%1».",
        "--api-base-url attend une URL http(s), reçu « %1 ».",
        "--api-base-url には http(s) の URL が必要です。指定された値:「%1」。"),
    '--lang: no translation for "%1"; available: %2.': (
        "--lang: keine Übersetzung für „%1“; verfügbar: %2.",
        "--lang: no hay traducción para «%1»; disponibles: %2.",
        "--lang : aucune traduction pour « %1 » ; disponibles : %2.",
        "--lang:「%1」の翻訳はありません。利用可能: %2。"),
}

EN = {
    "%1 of %Ln rows": ["%1 of %Ln row", "%1 of %Ln rows"],
    "%Ln rows": ["%Ln row", "%Ln rows"],
    "%Ln rows: %1 ok, %2 failed, in %3. Written to %4.": [
        "%Ln row: %1 ok, %2 failed, in %3. Written to %4.",
        "%Ln rows: %1 ok, %2 failed, in %3. Written to %4."],
    "%1: %2 of %Ln rows failed; see the status and error columns in %3.": [
        "%1: %2 of %Ln row failed; see the status and error columns in %3.",
        "%1: %2 of %Ln rows failed; see the status and error columns in %3."],
}

T.update({
    # Dispatch (with history and --wait)

    # HistoryCommand
    "%1: could not read the history: %2": (
        "%1: Der Verlauf konnte nicht gelesen werden: %2",
        "%1: no se pudo leer el historial: %2",
        "%1 : impossible de lire l'historique : %2",
        "%1: 履歴を読み込めませんでした: %2"),
    "%1: warning: %2": ("%1: Warnung: %2", "%1: advertencia: %2", "%1 : avertissement : %2",
                        "%1: 警告: %2"),
    '--limit must be a positive whole number, not "%1".': (
        "--limit muss eine positive ganze Zahl sein, nicht „%1“.",
        "--limit debe ser un número entero positivo, no «%1».",
        "--limit doit être un nombre entier positif, pas « %1 ».",
        "--limit には正の整数を指定してください (「%1」は使えません)。"),
    '--state must be active, connected, expired or failed, not "%1".': (
        "--state muss active, connected, expired oder failed sein, nicht „%1“.",
        "--state debe ser active, connected, expired o failed, no «%1».",
        "--state doit valoir active, connected, expired ou failed, pas « %1 ».",
        "--state には active、connected、expired、failed のいずれかを指定してください (「%1」は使えません)。"),
    "At most N entries.": ("Höchstens N Einträge.", "Como máximo N entradas.", "Au plus N entrées.",
                           "最大 N 件。"),
    "Lists the Connect Links this computer generated (window and command line), newest\nfirst: one tab-separated line each (time, state, external user, app, environment,\noutcome), or a JSON array with --json. Links are shown only while they can still\nbe used; tokens never.": (
        "Listet die Connect Links auf, die dieser Computer erzeugt hat (Fenster und Befehlszeile),\nneueste zuerst: je eine durch Tabulatoren getrennte Zeile (Zeit, Zustand, externer\nBenutzer, App, Umgebung, Ergebnis) oder mit --json ein JSON-Array. Links werden nur\nangezeigt, solange sie noch verwendbar sind; Tokens nie.",
        "Lista los Connect Links que generó este equipo (ventana y línea de órdenes), del más\nreciente al más antiguo: una línea separada por tabuladores para cada uno (hora, estado,\nusuario externo, app, entorno, resultado), o un array JSON con --json. Los enlaces solo\nse muestran mientras se pueden usar; los tokens, nunca.",
        "Liste les Connect Links générés sur cet ordinateur (fenêtre et ligne de commande), du\nplus récent au plus ancien : une ligne séparée par des tabulations pour chacun (heure,\nétat, utilisateur externe, app, environnement, résultat), ou un tableau JSON avec --json.\nLes liens ne sont affichés que tant qu'ils sont utilisables ; les jetons jamais.",
        "このコンピューターで生成した Connect Link (ウィンドウとコマンドライン) を新しい順に\n一覧表示します。1 件につきタブ区切りの 1 行 (時刻、状態、外部ユーザー、アプリ、環境、\n結果)、または --json で JSON 配列を出力します。リンクはまだ使える間だけ表示し、\nトークンは表示しません。"),
    "No history entries match.": ("Keine Verlaufseinträge passen.",
                                  "Ninguna entrada del historial coincide.",
                                  "Aucune entrée de l'historique ne correspond.",
                                  "一致する履歴はありません。"),
    "Only entries in STATE: active, connected, expired or failed.": (
        "Nur Einträge im ZUSTAND: active, connected, expired oder failed.",
        "Solo entradas en ESTADO: active, connected, expired o failed.",
        "Seulement les entrées dans l'ÉTAT : active, connected, expired ou failed.",
        "STATE の項目だけ: active、connected、expired、failed。"),
    "Only entries whose external user ID or app contains TEXT (any case).": (
        "Nur Einträge, deren externe Benutzer-ID oder App TEXT enthält (Groß-/Kleinschreibung egal).",
        "Solo entradas cuyo ID de usuario externo o app contiene TEXTO (sin distinguir mayúsculas).",
        "Seulement les entrées dont l'ID utilisateur externe ou l'app contient TEXTE (sans tenir compte de la casse).",
        "外部ユーザー ID またはアプリに TEXT を含む項目だけ (大文字小文字は区別しない)。"),
    "Print a JSON array.": ("Ein JSON-Array ausgeben.", "Imprimir un array JSON.",
                            "Afficher un tableau JSON.", "JSON 配列で出力します。"),
    "STATE": ("ZUSTAND", "ESTADO", "ÉTAT", "STATE"),
    "TEXT": ("TEXT", "TEXTO", "TEXTE", "TEXT"),
    "The history is empty.": ("Der Verlauf ist leer.", "El historial está vacío.",
                              "L'historique est vide.", "履歴は空です。"),
    'Usage:\n  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]\nRun "connectdesk history list --help" for the options.': (
        'Aufruf:\n  connectdesk history list [--json] [--search TEXT] [--state ZUSTAND] [--limit N]\n„connectdesk history list --help“ zeigt die Optionen.',
        'Uso:\n  connectdesk history list [--json] [--search TEXTO] [--state ESTADO] [--limit N]\nEjecute «connectdesk history list --help» para ver las opciones.',
        'Utilisation :\n  connectdesk history list [--json] [--search TEXTE] [--state ÉTAT] [--limit N]\nLancez « connectdesk history list --help » pour les options.',
        '使い方:\n  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]\nオプションは「connectdesk history list --help」で表示されます。'),
    "[options]": ("[Optionen]", "[opciones]", "[options]", "[オプション]"),
    "connectdesk history: missing command (list).": (
        "connectdesk history: Befehl fehlt (list).",
        "connectdesk history: falta la orden (list).",
        "connectdesk history : commande manquante (list).",
        "connectdesk history: コマンドがありません (list)。"),
    'connectdesk history: unknown command "%1".': (
        "connectdesk history: unbekannter Befehl „%1“.",
        "connectdesk history: orden desconocida «%1».",
        "connectdesk history : commande inconnue « %1 ».",
        "connectdesk history: 不明なコマンド「%1」。"),
    "connected %1 (%2) at %3": ("%1 (%2) verbunden um %3", "conectado %1 (%2) a las %3",
                                "connecté %1 (%2) à %3", "%1 (%2) を接続、%3"),
    "connected %1 at %2": ("%1 verbunden um %2", "conectado %1 a las %2", "connecté %1 à %2",
                           "%1 を接続、%2"),
    "expired %1": ("abgelaufen %1", "caducado %1", "expiré %1", "期限切れ %1"),
    "expires %1": ("läuft ab %1", "caduca %1", "expire %1", "有効期限 %1"),

    # LinkFollowUp
    "%1: cannot tell whether the customer connected: %2": (
        "%1: Unklar, ob der Kunde sich verbunden hat: %2",
        "%1: no se puede saber si el cliente se conectó: %2",
        "%1 : impossible de savoir si le client s'est connecté : %2",
        "%1: 顧客が接続したかどうか確認できません: %2"),
    "%1: stopped waiting; the link stays valid until it expires.": (
        "%1: Warten beendet; der Link bleibt bis zu seinem Ablauf gültig.",
        "%1: se dejó de esperar; el enlace sigue siendo válido hasta que caduque.",
        "%1 : attente interrompue ; le lien reste valable jusqu'à son expiration.",
        "%1: 待機を終了しました。リンクは期限が切れるまで有効です。"),
    "%1: the link expired without a connection.": (
        "%1: Der Link ist ohne Verbindung abgelaufen.",
        "%1: el enlace caducó sin conexión.",
        "%1 : le lien a expiré sans connexion.",
        "%1: 接続されないままリンクの期限が切れました。"),
    "%1: warning: the failure was not recorded in the history: %2": (
        "%1: Warnung: Der Fehlschlag wurde nicht im Verlauf festgehalten: %2",
        "%1: advertencia: el fallo no se registró en el historial: %2",
        "%1 : avertissement : l'échec n'a pas été enregistré dans l'historique : %2",
        "%1: 警告: 失敗を履歴に記録できませんでした: %2"),
    "%1: warning: the link was not recorded in the history: %2": (
        "%1: Warnung: Der Link wurde nicht im Verlauf festgehalten: %2",
        "%1: advertencia: el enlace no se registró en el historial: %2",
        "%1 : avertissement : le lien n'a pas été enregistré dans l'historique : %2",
        "%1: 警告: リンクを履歴に記録できませんでした: %2"),
    "Connected: %1, account %2, at %3": (
        "Verbunden: %1, Konto %2, um %3",
        "Conectado: %1, cuenta %2, a las %3",
        "Connecté : %1, compte %2, à %3",
        "接続済み: %1、アカウント %2、%3"),
    "Waiting for the customer to connect… (Ctrl+C to stop)": (
        "Warten, bis der Kunde sich verbindet… (Strg+C zum Beenden)",
        "Esperando a que el cliente se conecte… (Ctrl+C para detener)",
        "En attente de la connexion du client… (Ctrl+C pour arrêter)",
        "顧客の接続を待っています… (Ctrl+C で停止)"),

    # ProfileCommands
    "No keychain is available (%1). The command line keeps client secrets only in the system keychain: start your desktop's keyring (GNOME Keyring, KWallet or another Secret Service), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET instead.": (
        "Kein Schlüsselbund verfügbar (%1). Die Befehlszeile bewahrt Client-Secrets nur im Schlüsselbund des Systems auf: Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring, KWallet oder einen anderen Secret Service), oder setzen Sie stattdessen PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.",
        "No hay ningún llavero disponible (%1). La línea de órdenes solo guarda secretos de cliente en el llavero del sistema: inicie el llavero de su escritorio (GNOME Keyring, KWallet u otro Secret Service) o defina PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET.",
        "Aucun trousseau n'est disponible (%1). La ligne de commande ne conserve les secrets client que dans le trousseau du système : démarrez le trousseau de votre bureau (GNOME Keyring, KWallet ou un autre Secret Service), ou définissez plutôt PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET.",
        "キーチェーンを利用できません (%1)。コマンドラインはクライアントシークレットをシステムのキーチェーンにだけ保存します。デスクトップのキーリング (GNOME Keyring、KWallet、その他の Secret Service) を起動するか、代わりに PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET を設定してください。"),
    "The profile was not added.": ("Das Profil wurde nicht hinzugefügt.", "No se añadió el perfil.",
                                   "Le profil n'a pas été ajouté.",
                                   "プロファイルは追加していません。"),

    # TokenCreate
    "After printing the link, wait for the customer to connect and print the account (with --json, as a second JSON line).": (
        "Nach der Ausgabe des Links warten, bis der Kunde sich verbindet, und das Konto ausgeben (mit --json als zweite JSON-Zeile).",
        "Tras imprimir el enlace, esperar a que el cliente se conecte e imprimir la cuenta (con --json, como segunda línea JSON).",
        "Après avoir affiché le lien, attendre que le client se connecte et afficher le compte (avec --json, en seconde ligne JSON).",
        "リンクを出力した後、顧客の接続を待ってアカウントを出力します (--json では 2 行目の JSON として)。"),
    "Creates a Connect token for one customer and prints its Connect Link (with app=\nwhen --app is given) as the only line on stdout.\nCredentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.\nWith --wait, then waits until the customer connects an account (a second line on\nstdout: the account; exit code 0) or the link expires (exit code 6).": (
        "Erstellt ein Connect-Token für einen Kunden und gibt seinen Connect Link (mit app=,\nwenn --app angegeben ist) als einzige Zeile auf stdout aus.\nDie Zugangsdaten kommen aus PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.\nMit --wait wird danach gewartet, bis der Kunde ein Konto verbindet (zweite Zeile auf\nstdout: das Konto; Exit-Code 0) oder der Link abläuft (Exit-Code 6).",
        "Crea un token de Connect para un cliente e imprime su Connect Link (con app=\nsi se indica --app) como única línea en stdout.\nLas credenciales se toman de PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET.\nCon --wait, espera después a que el cliente conecte una cuenta (segunda línea en\nstdout: la cuenta; código de salida 0) o a que caduque el enlace (código de salida 6).",
        "Crée un jeton Connect pour un client et affiche son Connect Link (avec app=\nsi --app est donné) comme seule ligne sur stdout.\nLes identifiants viennent de PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET.\nAvec --wait, attend ensuite que le client connecte un compte (seconde ligne sur\nstdout : le compte ; code de sortie 0) ou que le lien expire (code de sortie 6).",
        "1 人の顧客用に Connect トークンを作成し、その Connect Link (--app を指定した\n場合は app= 付き) を stdout に 1 行だけ出力します。\n認証情報は PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET から読み込みます。\n--wait を付けると、顧客がアカウントを接続する (stdout の 2 行目にアカウント、\n終了コード 0) か、リンクの期限が切れる (終了コード 6) まで待ちます。"),
    "A saved profile (connectdesk profile list): its project, environment, client ID and keychain secret. Flags still win over it.": (
        "Ein gespeichertes Profil (connectdesk profile list): Projekt, Umgebung, Client-ID und Secret aus dem Schlüsselbund. Flags haben weiterhin Vorrang.",
        "Un perfil guardado (connectdesk profile list): su proyecto, entorno, ID de cliente y secreto del llavero. Las opciones siguen teniendo prioridad.",
        "Un profil enregistré (connectdesk profile list) : son projet, son environnement, son ID client et son secret du trousseau. Les options restent prioritaires.",
        "保存済みプロファイル (connectdesk profile list): プロジェクト、環境、クライアント ID、キーチェーンのシークレット。フラグが常に優先されます。"),
    "--tls-cert and --tls-key go together.": (
        "--tls-cert und --tls-key gehören zusammen.",
        "--tls-cert y --tls-key van juntos.",
        "--tls-cert et --tls-key vont ensemble.",
        "--tls-cert と --tls-key は一緒に指定してください。"),
    "--tls-cert/--tls-key: %1.": ("--tls-cert/--tls-key: %1.", "--tls-cert/--tls-key: %1.",
                                  "--tls-cert/--tls-key : %1.", "--tls-cert/--tls-key: %1。"),
    "Serve HTTPS with this PEM certificate (clients trust it through %1).": (
        "HTTPS mit diesem PEM-Zertifikat bereitstellen (Clients vertrauen ihm über %1).",
        "Servir HTTPS con este certificado PEM (los clientes confían en él mediante %1).",
        "Servir HTTPS avec ce certificat PEM (les clients lui font confiance via %1).",
        "この PEM 証明書で HTTPS を提供します (クライアントは %1 で信頼します)。"),
    "The certificate's unencrypted PEM private key.": (
        "Der unverschlüsselte private PEM-Schlüssel des Zertifikats.",
        "La clave privada PEM sin cifrar del certificado.",
        "La clé privée PEM non chiffrée du certificat.",
        "証明書の暗号化されていない PEM 秘密鍵。"),
})
