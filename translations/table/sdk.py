# Translations of the strings added for issue #14 (app_id / oauth_app_id, the OAuth client
# picker and the app readiness line): (de, es, fr, ja).

T = {
    # TokenRequest
    "OAuth client": ("OAuth-Client", "Cliente OAuth", "Client OAuth", "OAuth クライアント"),
    "An OAuth client ID looks like oa_abc123: \"oa_\" followed by letters and digits.": (
        "Eine OAuth-Client-ID sieht aus wie oa_abc123: \"oa_\" gefolgt von Buchstaben und Ziffern.",
        "Un ID de cliente OAuth tiene la forma oa_abc123: \"oa_\" seguido de letras y dígitos.",
        "Un ID de client OAuth ressemble à oa_abc123 : « oa_ » suivi de lettres et de chiffres.",
        "OAuth クライアント ID は oa_abc123 のように \"oa_\" の後に英字と数字が続きます。"),
    # CommandContext
    "App slug (slack, google_sheets, ...): sent as app_id and added to the Connect Link as app=.": (
        "App-Slug (slack, google_sheets, ...): wird als app_id gesendet und dem Connect Link als app= angehängt.",
        "Slug de la app (slack, google_sheets, ...): se envía como app_id y se añade al Connect Link como app=.",
        "Slug de l'app (slack, google_sheets, ...) : envoyé comme app_id et ajouté au Connect Link comme app=.",
        "アプリのスラッグ (slack、google_sheets など): app_id として送信され、Connect Link に app= として追加されます。"),
    "The project's custom OAuth client for the app (oa_...). Default: Pipedream's.": (
        "Der eigene OAuth-Client des Projekts für die App (oa_...). Standard: der von Pipedream.",
        "El cliente OAuth propio del proyecto para la app (oa_...). Predeterminado: el de Pipedream.",
        "Le client OAuth propre au projet pour l'app (oa_...). Par défaut : celui de Pipedream.",
        "アプリ用のプロジェクト独自の OAuth クライアント (oa_...)。既定値: Pipedream のもの。"),
    # OAuthClientPicker
    "OAuth client:": ("OAuth-Client:", "Cliente OAuth:", "Client OAuth :", "OAuth クライアント:"),
    "Which OAuth client the customer authorizes: Pipedream's, or one of your project's own clients for this app (sent as oauth_app_id).": (
        "Welchen OAuth-Client der Kunde autorisiert: den von Pipedream oder einen eigenen Client Ihres Projekts für diese App (gesendet als oauth_app_id).",
        "Qué cliente OAuth autoriza el cliente: el de Pipedream o uno de los clientes propios de su proyecto para esta app (se envía como oauth_app_id).",
        "Le client OAuth que le client autorise : celui de Pipedream ou l'un des clients propres à votre projet pour cette app (envoyé comme oauth_app_id).",
        "顧客が承認する OAuth クライアント: Pipedream のもの、またはこのアプリ用のプロジェクト独自のクライアント (oauth_app_id として送信)。"),
    "Pipedream's default": ("Standard von Pipedream", "Predeterminado de Pipedream",
                            "Par défaut de Pipedream", "Pipedream の既定"),
    "Could not load the project's OAuth clients, so Pipedream's default is used: %1": (
        "Die OAuth-Clients des Projekts konnten nicht geladen werden, daher wird der Standard von Pipedream verwendet: %1",
        "No se pudieron cargar los clientes OAuth del proyecto, así que se usa el predeterminado de Pipedream: %1",
        "Impossible de charger les clients OAuth du projet, celui de Pipedream par défaut est donc utilisé : %1",
        "プロジェクトの OAuth クライアントを読み込めなかったため、Pipedream の既定を使用します: %1"),
    "The project has no OAuth client %1 for this app; Pipedream's default is used.": (
        "Das Projekt hat keinen OAuth-Client %1 für diese App; der Standard von Pipedream wird verwendet.",
        "El proyecto no tiene el cliente OAuth %1 para esta app; se usa el predeterminado de Pipedream.",
        "Le projet n'a pas de client OAuth %1 pour cette app ; celui de Pipedream par défaut est utilisé.",
        "プロジェクトにはこのアプリ用の OAuth クライアント %1 がありません。Pipedream の既定を使用します。"),
    # AppReadiness
    "%1 needs no authentication, so a Connect Link has no account to connect. Choose another app, or leave the app empty.": (
        "%1 braucht keine Authentifizierung, daher kann ein Connect Link kein Konto verbinden. Wählen Sie eine andere App oder lassen Sie die App leer.",
        "%1 no necesita autenticación, así que un Connect Link no tiene ninguna cuenta que conectar. Elija otra app o deje la app vacía.",
        "%1 ne nécessite aucune authentification : un Connect Link n'a donc aucun compte à connecter. Choisissez une autre app ou laissez l'app vide.",
        "%1 は認証が不要なため、Connect Link で接続するアカウントがありません。別のアプリを選ぶか、アプリを空のままにしてください。"),
    "Scope profiles of %1: %2": ("Scope-Profile von %1: %2", "Perfiles de scopes de %1: %2",
                                 "Profils de scopes de %1 : %2", "%1 のスコーププロファイル: %2"),
}
EN = {}
