# Translations of the strings added for issue #17 (core, stores and sandbox): (de, es, fr, ja).

T = {
    # ApiReply / AccessTokenProvider: an access token that would inject headers
    "the OAuth server's access token contains characters that are not allowed in an HTTP header; nothing was sent": (
        "das Zugriffstoken des OAuth-Servers enthält Zeichen, die in einem HTTP-Header nicht erlaubt sind; es wurde nichts gesendet",
        "el token de acceso del servidor OAuth contiene caracteres no permitidos en un encabezado HTTP; no se envió nada",
        "le jeton d'accès du serveur OAuth contient des caractères interdits dans un en-tête HTTP ; rien n'a été envoyé",
        "OAuth サーバーのアクセストークンに HTTP ヘッダーで使用できない文字が含まれています。何も送信されていません"),
    "the OAuth answer's access_token contains characters that are not allowed in an HTTP header (such as a line break); it was not used and nothing was sent": (
        "das access_token der OAuth-Antwort enthält Zeichen, die in einem HTTP-Header nicht erlaubt sind (etwa einen Zeilenumbruch); es wurde nicht verwendet und nichts gesendet",
        "el access_token de la respuesta OAuth contiene caracteres no permitidos en un encabezado HTTP (como un salto de línea); no se usó y no se envió nada",
        "l'access_token de la réponse OAuth contient des caractères interdits dans un en-tête HTTP (comme un saut de ligne) ; il n'a pas été utilisé et rien n'a été envoyé",
        "OAuth 応答の access_token に HTTP ヘッダーで使用できない文字 (改行など) が含まれています。使用せず、何も送信していません"),
    # TokenResult: links only on Pipedream or the API's own host
    "\"connect_link_url\" points to %1, which is neither Pipedream nor the API server; the link was not used": (
        "\"connect_link_url\" verweist auf %1, also weder auf Pipedream noch auf den API-Server; der Link wurde nicht verwendet",
        "\"connect_link_url\" apunta a %1, que no es Pipedream ni el servidor de la API; no se usó el enlace",
        "\"connect_link_url\" pointe vers %1, qui n'est ni Pipedream ni le serveur de l'API ; le lien n'a pas été utilisé",
        "\"connect_link_url\" の参照先 %1 は Pipedream でも API サーバーでもありません。リンクは使用していません"),
    "no host": ("keinen Host", "ningún host", "aucun hôte", "ホストなし"),
    "\"connect_link_url\" does not carry the token just created; the link was not used": (
        "\"connect_link_url\" enthält nicht das soeben erstellte Token; der Link wurde nicht verwendet",
        "\"connect_link_url\" no contiene el token recién creado; no se usó el enlace",
        "\"connect_link_url\" ne contient pas le jeton qui vient d'être créé ; le lien n'a pas été utilisé",
        "\"connect_link_url\" に今作成したトークンが含まれていません。リンクは使用していません"),
    # HistoryStore: locked or newer files are left alone
    "It was left untouched.": (
        "Sie wurde nicht verändert.",
        "No se ha modificado.",
        "Elle n'a pas été modifiée.",
        "ファイルはそのままにしてあります。"),
    "Close the other ConnectDesk and start this one again to use it.": (
        "Schließen Sie das andere ConnectDesk und starten Sie dieses neu, um sie zu verwenden.",
        "Cierre el otro ConnectDesk y vuelva a iniciar este para usarla.",
        "Fermez l'autre ConnectDesk et redémarrez celui-ci pour l'utiliser.",
        "使用するには、もう一方の ConnectDesk を閉じてから、こちらを再起動してください。"),
    "Update ConnectDesk to use it.": (
        "Aktualisieren Sie ConnectDesk, um sie zu verwenden.",
        "Actualice ConnectDesk para usarla.",
        "Mettez ConnectDesk à jour pour l'utiliser.",
        "使用するには ConnectDesk を更新してください。"),
    "Until then, this session's history is kept in memory only.": (
        "Bis dahin wird der Verlauf dieser Sitzung nur im Arbeitsspeicher gehalten.",
        "Hasta entonces, el historial de esta sesión solo se guarda en memoria.",
        "D'ici là, l'historique de cette session n'est conservé qu'en mémoire.",
        "それまでは、このセッションの履歴はメモリ内にのみ保持されます。"),
    "The history database is busy: another program kept it locked for more than %n second(s) (%1).": (
        ["Die Verlaufsdatenbank ist belegt: Ein anderes Programm hielt sie länger als %n Sekunde gesperrt (%1).",
         "Die Verlaufsdatenbank ist belegt: Ein anderes Programm hielt sie länger als %n Sekunden gesperrt (%1)."],
        ["La base de datos del historial está ocupada: otro programa la mantuvo bloqueada más de %n segundo (%1).",
         "La base de datos del historial está ocupada: otro programa la mantuvo bloqueada más de %n segundos (%1)."],
        ["La base de données de l'historique est occupée : un autre programme l'a verrouillée plus de %n seconde (%1).",
         "La base de données de l'historique est occupée : un autre programme l'a verrouillée plus de %n secondes (%1)."],
        ["履歴データベースは使用中です: 別のプログラムが %n 秒を超えてロックしていました (%1)。"]),
    # Settings: the last good copy
    "The settings file was damaged or cut short, so ConnectDesk restored the last good copy of your settings and profiles. The damaged file was kept as %1.": (
        "Die Einstellungsdatei war beschädigt oder abgeschnitten; ConnectDesk hat daher die letzte intakte Kopie Ihrer Einstellungen und Profile wiederhergestellt. Die beschädigte Datei wurde als %1 aufbewahrt.",
        "El archivo de configuración estaba dañado o incompleto, así que ConnectDesk restauró la última copia válida de su configuración y perfiles. El archivo dañado se conservó como %1.",
        "Le fichier de paramètres était endommagé ou tronqué ; ConnectDesk a donc restauré la dernière copie valide de vos paramètres et profils. Le fichier endommagé a été conservé sous %1.",
        "設定ファイルが破損しているか途中で切れていたため、ConnectDesk は設定とプロファイルの最後の正常なコピーを復元しました。破損したファイルは %1 として保存してあります。"),
    # ProfileStore: writes that fail
    "The profiles could not be saved: %1 Nothing was changed.": (
        "Die Profile konnten nicht gespeichert werden: %1 Es wurde nichts geändert.",
        "No se pudieron guardar los perfiles: %1 No se ha cambiado nada.",
        "Les profils n'ont pas pu être enregistrés : %1 Rien n'a été modifié.",
        "プロファイルを保存できませんでした: %1 何も変更されていません。"),
    "The profile was not removed: %1": (
        "Das Profil wurde nicht entfernt: %1",
        "No se ha eliminado el perfil: %1",
        "Le profil n'a pas été supprimé : %1",
        "プロファイルは削除されていません: %1"),
    # sandbox command: the controls want JSON
    "#   curl -X POST %1/_sandbox/open -H 'Content-Type: application/json' -d '{\"token\": \"ctok_...\", \"app\": \"slack\"}'": (
        "#   curl -X POST %1/_sandbox/open -H 'Content-Type: application/json' -d '{\"token\": \"ctok_...\", \"app\": \"slack\"}'",
        "#   curl -X POST %1/_sandbox/open -H 'Content-Type: application/json' -d '{\"token\": \"ctok_...\", \"app\": \"slack\"}'",
        "#   curl -X POST %1/_sandbox/open -H 'Content-Type: application/json' -d '{\"token\": \"ctok_...\", \"app\": \"slack\"}'",
        "#   curl -X POST %1/_sandbox/open -H 'Content-Type: application/json' -d '{\"token\": \"ctok_...\", \"app\": \"slack\"}'"),
}

EN = {
    "The history database is busy: another program kept it locked for more than %n second(s) (%1).": [
        "The history database is busy: another program kept it locked for more than %n second (%1).",
        "The history database is busy: another program kept it locked for more than %n seconds (%1)."],
}
