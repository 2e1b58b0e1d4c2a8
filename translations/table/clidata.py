# Translations of the strings added for issue 17 (the command-line and bulk half):
# (de, es, fr, ja). Flags, commands and values stay as they are.

T = {
    'It is not a results file of connectdesk token bulk (the first row must be %1).': (
        'Das ist keine Ergebnisdatei von connectdesk token bulk (die erste Zeile muss %1 sein).',
        'No es un archivo de resultados de connectdesk token bulk (la primera fila debe ser %1).',
        "Ce n'est pas un fichier de résultats de connectdesk token bulk (la première ligne doit être %1).",
        'connectdesk token bulk の結果ファイルではありません (1 行目は %1 である必要があります)。',
    ),
    'line %1: %2': (
        'Zeile %1: %2',
        'línea %1: %2',
        'ligne %1 : %2',
        '%1 行目: %2',
    ),
    'could not rename %1 to %2': (
        '%1 konnte nicht in %2 umbenannt werden',
        'no se pudo renombrar %1 a %2',
        'impossible de renommer %1 en %2',
        '%1 の名前を %2 に変更できませんでした',
    ),
    '%1: "%2" names no scope; give scopes such as connect:accounts:read, separated by spaces or commas.': (
        '%1: „%2“ nennt keinen Scope; geben Sie Scopes wie connect:accounts:read an, getrennt durch Leerzeichen oder Kommas.',
        '%1: «%2» no indica ningún scope; indique scopes como connect:accounts:read, separados por espacios o comas.',
        '%1 : « %2 » ne désigne aucun scope ; indiquez des scopes comme connect:accounts:read, séparés par des espaces ou des virgules.',
        '%1: 「%2」にはスコープがありません。connect:accounts:read のようなスコープを、スペースかコンマで区切って指定してください。',
    ),
    '%1: unknown command "%2"': (
        '%1: unbekannter Befehl „%2“',
        '%1: orden desconocida «%2»',
        '%1 : commande inconnue « %2 »',
        '%1: 不明なコマンド「%2」',
    ),
    '%1: unknown option "%2"': (
        '%1: unbekannte Option „%2“',
        '%1: opción desconocida «%2»',
        '%1 : option inconnue « %2 »',
        '%1: 不明なオプション「%2」',
    ),
    ', did you mean "%1"?': (
        ', meinten Sie „%1“?',
        '; ¿quiso decir «%1»?',
        ', vouliez-vous dire « %1 » ?',
        '。「%1」のことですか?',
    ),
    'Run "%1 --help" for the commands and options.': (
        '„%1 --help“ zeigt die Befehle und Optionen.',
        'Ejecute «%1 --help» para ver las órdenes y opciones.',
        'Lancez « %1 --help » pour les commandes et options.',
        'コマンドとオプションは「%1 --help」で表示されます。',
    ),
    'Usage:\n  connectdesk                      Open the window\n  connectdesk token create --external-user-id ID [options]\n  connectdesk token bulk --input users.csv --output links.csv [--resume] [options]\n  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE]\n  connectdesk profile add|list|test|remove ...\n  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]\n  connectdesk --version | --help\n\nCommands:\n  token create    Create a Connect token and print its Connect Link\n  token bulk      Create Connect Links for every row of a CSV file\n  sandbox         Run a local Connect API simulator (no Pipedream account needed)\n  profile         Manage profiles (projects; client secrets in the keychain)\n  history list    List the generated links and whether customers connected\nRun "connectdesk <command> --help" for a command\'s options.\n\nWindow options:\n  --sandbox       Open the window against a built-in sandbox (links are not real)\n  --self-test     Check the installation and exit\n  --lang CODE     Use this language (for example de)\n\nEnvironment:\n  PIPEDREAM_CLIENT_ID            OAuth client ID\n  PIPEDREAM_CLIENT_SECRET        OAuth client secret (never accepted as a flag)\n  PIPEDREAM_PROJECT_ID           Default for --project-id\n  PIPEDREAM_PROJECT_ENVIRONMENT  Default for --environment (else production)\n  PIPEDREAM_BASE_URL             Default for --api-base-url\nFlags win over the environment.\n\nExit codes:\n  0  success\n  2  invalid input or usage (nothing was sent)\n  3  client ID or secret rejected\n  4  the API answered with an error\n  5  network failure or timeout\n  6  token create --wait: the link expired without a connection\n  7  results could not be written (disk full); links created are reported\n  130  interrupted (Ctrl+C, SIGTERM)': (
        'Aufruf:\n  connectdesk                      Fenster öffnen\n  connectdesk token create --external-user-id ID [Optionen]\n  connectdesk token bulk --input users.csv --output links.csv [--resume] [Optionen]\n  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE]\n  connectdesk profile add|list|test|remove ...\n  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]\n  connectdesk --version | --help\n\nBefehle:\n  token create    Ein Connect-Token erstellen und seinen Connect Link ausgeben\n  token bulk      Connect Links für jede Zeile einer CSV-Datei erstellen\n  sandbox         Einen lokalen Simulator der Connect API starten (kein Pipedream-Konto nötig)\n  profile         Profile verwalten (Projekte; Client-Secrets im Schlüsselbund)\n  history list    Die erzeugten Links auflisten und ob Kunden sich verbunden haben\n„connectdesk <Befehl> --help“ zeigt die Optionen eines Befehls.\n\nFensteroptionen:\n  --sandbox       Das Fenster mit einer eingebauten Sandbox öffnen (Links sind nicht echt)\n  --self-test     Die Installation prüfen und beenden\n  --lang CODE     Diese Sprache verwenden (zum Beispiel de)\n\nUmgebung:\n  PIPEDREAM_CLIENT_ID            OAuth-Client-ID\n  PIPEDREAM_CLIENT_SECRET        OAuth-Client-Secret (nie als Option angenommen)\n  PIPEDREAM_PROJECT_ID           Standard für --project-id\n  PIPEDREAM_PROJECT_ENVIRONMENT  Standard für --environment (sonst production)\n  PIPEDREAM_BASE_URL             Standard für --api-base-url\nOptionen haben Vorrang vor der Umgebung.\n\nExit-Codes:\n  0  Erfolg\n  2  ungültige Eingabe oder falscher Aufruf (nichts wurde gesendet)\n  3  Client-ID oder Secret abgelehnt\n  4  die API hat mit einem Fehler geantwortet\n  5  Netzwerkfehler oder Zeitüberschreitung\n  6  token create --wait: Der Link ist ohne Verbindung abgelaufen\n  7  Ergebnisse konnten nicht geschrieben werden (Datenträger voll); erstellte Links werden gemeldet\n  130  abgebrochen (Strg+C, SIGTERM)',
        'Uso:\n  connectdesk                      Abrir la ventana\n  connectdesk token create --external-user-id ID [opciones]\n  connectdesk token bulk --input users.csv --output links.csv [--resume] [opciones]\n  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE]\n  connectdesk profile add|list|test|remove ...\n  connectdesk history list [--json] [--search TEXTO] [--state E] [--limit N]\n  connectdesk --version | --help\n\nÓrdenes:\n  token create    Crear un token de Connect e imprimir su Connect Link\n  token bulk      Crear Connect Links para cada fila de un archivo CSV\n  sandbox         Ejecutar un simulador local de la Connect API (sin cuenta de Pipedream)\n  profile         Gestionar perfiles (proyectos; secretos de cliente en el llavero)\n  history list    Listar los enlaces generados y si los clientes se conectaron\nEjecute «connectdesk <orden> --help» para ver las opciones de una orden.\n\nOpciones de la ventana:\n  --sandbox       Abrir la ventana con un sandbox integrado (los enlaces no son reales)\n  --self-test     Comprobar la instalación y salir\n  --lang CÓDIGO   Usar este idioma (por ejemplo es)\n\nEntorno:\n  PIPEDREAM_CLIENT_ID            ID de cliente OAuth\n  PIPEDREAM_CLIENT_SECRET        Secreto de cliente OAuth (nunca se acepta como opción)\n  PIPEDREAM_PROJECT_ID           Valor predeterminado de --project-id\n  PIPEDREAM_PROJECT_ENVIRONMENT  Valor predeterminado de --environment (si no, production)\n  PIPEDREAM_BASE_URL             Valor predeterminado de --api-base-url\nLas opciones prevalecen sobre el entorno.\n\nCódigos de salida:\n  0  éxito\n  2  entrada o uso no válidos (no se envió nada)\n  3  ID de cliente o secreto rechazados\n  4  la API respondió con un error\n  5  fallo de red o tiempo de espera agotado\n  6  token create --wait: el enlace caducó sin conexión\n  7  no se pudieron escribir los resultados (disco lleno); se informa de los enlaces creados\n  130  interrumpido (Ctrl+C, SIGTERM)',
        "Utilisation :\n  connectdesk                      Ouvrir la fenêtre\n  connectdesk token create --external-user-id ID [options]\n  connectdesk token bulk --input users.csv --output links.csv [--resume] [options]\n  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE]\n  connectdesk profile add|list|test|remove ...\n  connectdesk history list [--json] [--search TEXTE] [--state É] [--limit N]\n  connectdesk --version | --help\n\nCommandes :\n  token create    Créer un jeton Connect et afficher son Connect Link\n  token bulk      Créer des Connect Links pour chaque ligne d'un fichier CSV\n  sandbox         Lancer un simulateur local de la Connect API (sans compte Pipedream)\n  profile         Gérer les profils (projets ; secrets client dans le trousseau)\n  history list    Lister les liens générés et si les clients se sont connectés\nLancez « connectdesk <commande> --help » pour les options d'une commande.\n\nOptions de la fenêtre :\n  --sandbox       Ouvrir la fenêtre avec un bac à sable intégré (liens non réels)\n  --self-test     Vérifier l'installation et quitter\n  --lang CODE     Utiliser cette langue (par exemple fr)\n\nEnvironnement :\n  PIPEDREAM_CLIENT_ID            ID client OAuth\n  PIPEDREAM_CLIENT_SECRET        Secret client OAuth (jamais accepté en option)\n  PIPEDREAM_PROJECT_ID           Valeur par défaut de --project-id\n  PIPEDREAM_PROJECT_ENVIRONMENT  Valeur par défaut de --environment (sinon production)\n  PIPEDREAM_BASE_URL             Valeur par défaut de --api-base-url\nLes options l'emportent sur l'environnement.\n\nCodes de sortie :\n  0  succès\n  2  saisie ou utilisation invalide (rien n'a été envoyé)\n  3  ID client ou secret refusé\n  4  l'API a répondu par une erreur\n  5  erreur réseau ou délai dépassé\n  6  token create --wait : le lien a expiré sans connexion\n  7  les résultats n'ont pas pu être écrits (disque plein) ; les liens créés sont signalés\n  130  interrompu (Ctrl+C, SIGTERM)",
        '使い方:\n  connectdesk                      ウィンドウを開く\n  connectdesk token create --external-user-id ID [オプション]\n  connectdesk token bulk --input users.csv --output links.csv [--resume] [オプション]\n  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE]\n  connectdesk profile add|list|test|remove ...\n  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]\n  connectdesk --version | --help\n\nコマンド:\n  token create    Connect トークンを作成し、その Connect Link を出力する\n  token bulk      CSV ファイルの各行について Connect Link を作成する\n  sandbox         Connect API のローカルシミュレーターを実行する (Pipedream アカウント不要)\n  profile         プロファイルを管理する (プロジェクト。クライアントシークレットはキーチェーン)\n  history list    生成したリンクと、顧客が接続したかどうかを一覧表示する\n各コマンドのオプションは「connectdesk <コマンド> --help」で表示されます。\n\nウィンドウのオプション:\n  --sandbox       内蔵サンドボックスに接続してウィンドウを開く (リンクは本物ではない)\n  --self-test     インストールを確認して終了する\n  --lang CODE     この言語を使う (例: ja)\n\n環境変数:\n  PIPEDREAM_CLIENT_ID            OAuth クライアント ID\n  PIPEDREAM_CLIENT_SECRET        OAuth クライアントシークレット (オプションでは受け付けない)\n  PIPEDREAM_PROJECT_ID           --project-id の既定値\n  PIPEDREAM_PROJECT_ENVIRONMENT  --environment の既定値 (なければ production)\n  PIPEDREAM_BASE_URL             --api-base-url の既定値\nオプションは環境変数より優先されます。\n\n終了コード:\n  0  成功\n  2  入力または使い方が正しくない (何も送信していない)\n  3  クライアント ID またはシークレットが拒否された\n  4  API がエラーを返した\n  5  ネットワーク障害またはタイムアウト\n  6  token create --wait: 接続されないままリンクが期限切れになった\n  7  結果を書き込めなかった (ディスクがいっぱい)。作成したリンクは報告される\n  130  中断された (Ctrl+C、SIGTERM)',
    ),
    '%1: could not check for a connection (%2); trying again in %Ln second(s).': (
        ['%1: Verbindung konnte nicht geprüft werden (%2); neuer Versuch in %Ln Sekunde.', '%1: Verbindung konnte nicht geprüft werden (%2); neuer Versuch in %Ln Sekunden.'],
        ['%1: no se pudo comprobar la conexión (%2); nuevo intento en %Ln segundo.', '%1: no se pudo comprobar la conexión (%2); nuevo intento en %Ln segundos.'],
        ['%1 : impossible de vérifier la connexion (%2) ; nouvel essai dans %Ln seconde.', '%1 : impossible de vérifier la connexion (%2) ; nouvel essai dans %Ln secondes.'],
        ['%1: 接続を確認できませんでした (%2)。%Ln 秒後に再試行します。'],
    ),
    '%1: the link has expired, and whether the customer connected is unknown: could not reach the server: %2': (
        '%1: Der Link ist abgelaufen, und ob sich der Kunde verbunden hat, ist unbekannt: Der Server war nicht erreichbar: %2',
        '%1: el enlace ha caducado y no se sabe si el cliente se conectó: no se pudo contactar con el servidor: %2',
        "%1 : le lien a expiré et on ne sait pas si le client s'est connecté : impossible de joindre le serveur : %2",
        '%1: リンクの期限が切れました。顧客が接続したかどうかは不明です: サーバーに接続できませんでした: %2',
    ),
    '--%1: cannot read %2: %3.': (
        '--%1: %2 kann nicht gelesen werden: %3.',
        '--%1: no se puede leer %2: %3.',
        '--%1 : impossible de lire %2 : %3.',
        '--%1: %2 を読み取れません: %3。',
    ),
    '%1 was left as it was.': (
        '%1 blieb unverändert.',
        '%1 se dejó como estaba.',
        '%1 est resté inchangé.',
        '%1 は変更されていません。',
    ),
    '%1: %Ln link(s) were created in this run; the rows written before the failure are in %2': (
        ['%1: In diesem Lauf wurde %Ln Link erstellt; die vor dem Fehler geschriebenen Zeilen stehen in %2', '%1: In diesem Lauf wurden %Ln Links erstellt; die vor dem Fehler geschriebenen Zeilen stehen in %2'],
        ['%1: en esta ejecución se creó %Ln enlace; las filas escritas antes del fallo están en %2', '%1: en esta ejecución se crearon %Ln enlaces; las filas escritas antes del fallo están en %2'],
        ["%1 : %Ln lien a été créé lors de cette exécution ; les lignes écrites avant l'échec sont dans %2", "%1 : %Ln liens ont été créés lors de cette exécution ; les lignes écrites avant l'échec sont dans %2"],
        ['%1: この実行で %Ln 件のリンクを作成しました。失敗前に書き込んだ行は %2 にあります'],
    ),
    '%1: --input: cannot make a temporary copy of %2: %3': (
        '%1: --input: Temporäre Kopie von %2 nicht möglich: %3',
        '%1: --input: no se puede hacer una copia temporal de %2: %3',
        '%1 : --input : impossible de faire une copie temporaire de %2 : %3',
        '%1: --input: %2 の一時コピーを作成できません: %3',
    ),
    '%1: --output: cannot write %2: %3%4 Nothing was sent.': (
        '%1: --output: %2 kann nicht geschrieben werden: %3%4 Nichts wurde gesendet.',
        '%1: --output: no se puede escribir %2: %3%4 No se envió nada.',
        "%1 : --output : impossible d'écrire %2 : %3%4 Rien n'a été envoyé.",
        '%1: --output: %2 に書き込めません: %3%4 何も送信していません。',
    ),
    '%1: --output: writing %2 failed: %3%4': (
        '%1: --output: Schreiben von %2 fehlgeschlagen: %3%4',
        '%1: --output: falló la escritura de %2: %3%4',
        "%1 : --output : l'écriture de %2 a échoué : %3%4",
        '%1: --output: %2 への書き込みに失敗しました: %3%4',
    ),
    '%1: --resume: cannot use %2: %3': (
        '%1: --resume: %2 kann nicht verwendet werden: %3',
        '%1: --resume: no se puede usar %2: %3',
        "%1 : --resume : impossible d'utiliser %2 : %3",
        '%1: --resume: %2 を使用できません: %3',
    ),
    '%1: interrupted; rows not sent are marked "error" in %2; run the same command with --resume to finish.': (
        '%1: abgebrochen; nicht gesendete Zeilen sind in %2 als „error“ markiert; führen Sie denselben Befehl mit --resume aus, um fertig zu werden.',
        '%1: interrumpido; las filas no enviadas están marcadas como «error» en %2; ejecute la misma orden con --resume para terminar.',
        '%1 : interrompu ; les lignes non envoyées sont marquées « error » dans %2 ; relancez la même commande avec --resume pour terminer.',
        '%1: 中断しました。送信していない行は %2 で「error」になっています。完了するには同じコマンドを --resume 付きで実行してください。',
    ),
    '%1: stopped after %2 rows in a row could not reach the server: %3 Every remaining row was left unsent; run the same command with --resume when the server can be reached.': (
        '%1: angehalten, nachdem %2 Zeilen hintereinander den Server nicht erreichten: %3 Alle übrigen Zeilen wurden nicht gesendet; führen Sie denselben Befehl mit --resume aus, sobald der Server erreichbar ist.',
        '%1: detenido después de que %2 filas seguidas no pudieran contactar con el servidor: %3 No se envió ninguna de las filas restantes; ejecute la misma orden con --resume cuando el servidor esté accesible.',
        "%1 : arrêté après que %2 lignes de suite n'ont pas pu joindre le serveur : %3 Aucune des lignes restantes n'a été envoyée ; relancez la même commande avec --resume quand le serveur sera joignable.",
        '%1: %2 行連続でサーバーに接続できなかったため停止しました: %3 残りの行は送信していません。サーバーに接続できるようになったら、同じコマンドを --resume 付きで実行してください。',
    ),
    '(the disk is full).': (
        '(der Datenträger ist voll).',
        '(el disco está lleno).',
        '(le disque est plein).',
        '(ディスクがいっぱいです)。',
    ),
    '--output names the --input file (through a link or another path); write the results somewhere else.': (
        '--output bezeichnet die --input-Datei (über einen Link oder einen anderen Pfad); schreiben Sie die Ergebnisse an einen anderen Ort.',
        '--output indica el archivo de --input (mediante un enlace u otra ruta); escriba los resultados en otro lugar.',
        '--output désigne le fichier --input (par un lien ou un autre chemin) ; écrivez les résultats ailleurs.',
        '--output が --input のファイルを指しています (リンクまたは別のパス経由)。結果は別の場所に書き込んでください。',
    ),
    '; %Ln that could not be written were printed on stdout.': (
        ['; %Ln Link, der nicht geschrieben werden konnte, wurde auf stdout ausgegeben.', '; %Ln Links, die nicht geschrieben werden konnten, wurden auf stdout ausgegeben.'],
        ['; %Ln que no se pudo escribir se imprimió en stdout.', '; %Ln que no se pudieron escribir se imprimieron en stdout.'],
        ["; %Ln qui n'a pas pu être écrit a été affiché sur stdout.", "; %Ln qui n'ont pas pu être écrits ont été affichés sur stdout."],
        ['。書き込めなかった %Ln 件は stdout に出力しました。'],
    ),
    'Free some space, then run the same command with --resume.': (
        'Geben Sie Speicherplatz frei und führen Sie denselben Befehl mit --resume aus.',
        'Libere espacio y ejecute la misma orden con --resume.',
        "Libérez de l'espace, puis relancez la même commande avec --resume.",
        '空き容量を確保してから、同じコマンドを --resume 付きで実行してください。',
    ),
    'Keep the rows that are already "ok" in the existing --output file and send only the others.': (
        'Die Zeilen, die in der vorhandenen --output-Datei schon „ok“ sind, behalten und nur die anderen senden.',
        'Conservar las filas que ya están «ok» en el archivo --output existente y enviar solo las demás.',
        "Garder les lignes déjà « ok » dans le fichier --output existant et n'envoyer que les autres.",
        '既存の --output ファイルで既に「ok」の行はそのまま残し、それ以外だけを送信します。',
    ),
    'The CSV file to read (- for standard input).': (
        'Die zu lesende CSV-Datei (- für die Standardeingabe).',
        'El archivo CSV que se lee (- para la entrada estándar).',
        "Le fichier CSV à lire (- pour l'entrée standard).",
        '読み込む CSV ファイル (- で標準入力)。',
    ),
    'The CSV file to write (replaced once a link was created or the run ended; until then the rows go to FILE.partial).': (
        'Die zu schreibende CSV-Datei (ersetzt, sobald ein Link erstellt wurde oder der Lauf endet; bis dahin gehen die Zeilen in DATEI.partial).',
        'El archivo CSV que se escribe (se reemplaza cuando se ha creado un enlace o termina la ejecución; hasta entonces las filas van a ARCHIVO.partial).',
        "Le fichier CSV à écrire (remplacé dès qu'un lien a été créé ou à la fin de l'exécution ; d'ici là, les lignes vont dans FICHIER.partial).",
        '書き込む CSV ファイル (リンクが 1 件作成されたとき、または実行の終了時に置き換えられます。それまでは行は FILE.partial に書き込まれます)。',
    ),
    '%1: the link was created but could not be written to standard output (%2). It is in the history: connectdesk history list.': (
        '%1: Der Link wurde erstellt, konnte aber nicht auf die Standardausgabe geschrieben werden (%2). Er steht im Verlauf: connectdesk history list.',
        '%1: el enlace se creó, pero no se pudo escribir en la salida estándar (%2). Está en el historial: connectdesk history list.',
        "%1 : le lien a été créé mais n'a pas pu être écrit sur la sortie standard (%2). Il figure dans l'historique : connectdesk history list.",
        '%1: リンクは作成されましたが、標準出力に書き込めませんでした (%2)。履歴にあります: connectdesk history list。',
    ),
    'The external user ID contains an invisible character (U+%1); type the ID again instead of pasting it.': (
        'Die externe Benutzer-ID enthält ein unsichtbares Zeichen (U+%1); tippen Sie die ID neu, statt sie einzufügen.',
        'El ID de usuario externo contiene un carácter invisible (U+%1); escriba el ID de nuevo en lugar de pegarlo.',
        "L'ID utilisateur externe contient un caractère invisible (U+%1) ; retapez l'ID au lieu de le coller.",
        '外部ユーザー ID に見えない文字 (U+%1) が含まれています。貼り付けずに ID を入力し直してください。',
    ),
    'The external user ID contains text that is not valid UTF-8; check the encoding of the file or program it came from.': (
        'Die externe Benutzer-ID enthält Text, der kein gültiges UTF-8 ist; prüfen Sie die Kodierung der Datei oder des Programms, aus dem sie stammt.',
        'El ID de usuario externo contiene texto que no es UTF-8 válido; compruebe la codificación del archivo o programa del que procede.',
        "L'ID utilisateur externe contient du texte qui n'est pas de l'UTF-8 valide ; vérifiez l'encodage du fichier ou du programme d'où il vient.",
        '外部ユーザー ID に有効な UTF-8 ではないテキストが含まれています。取得元のファイルまたはプログラムのエンコーディングを確認してください。',
    ),
}

EN = {
    '%1: could not check for a connection (%2); trying again in %Ln second(s).': ['%1: could not check for a connection (%2); trying again in %Ln second.', '%1: could not check for a connection (%2); trying again in %Ln seconds.'],
    '%1: %Ln link(s) were created in this run; the rows written before the failure are in %2': ['%1: %Ln link was created in this run; the rows written before the failure are in %2', '%1: %Ln links were created in this run; the rows written before the failure are in %2'],
    '; %Ln that could not be written were printed on stdout.': ['; %Ln that could not be written was printed on stdout.', '; %Ln that could not be written were printed on stdout.'],
}
