<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source> The server said: &quot;%1&quot;.</source>
        <translation> Le serveur a répondu : « %1 ».</translation>
    </message>
    <message>
        <source>Client ID or secret rejected (HTTP %1).%2 Check the OAuth client in Pipedream&apos;s API settings; if the secret was rotated, enter the new one.</source>
        <translation>ID client ou secret refusé (HTTP %1).%2 Vérifiez le client OAuth dans les paramètres API de Pipedream ; si le secret a été renouvelé, saisissez le nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the Connect API: %1. Nothing was created that you can use; try again, and report it if it persists.</source>
        <translation>La réponse du serveur ne correspond pas à la Connect API : %1. Rien d&apos;utilisable n&apos;a été créé ; réessayez et signalez-le si le problème persiste.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the internet connection, VPN or proxy.</source>
        <translation>Impossible de joindre %1 : %2. Vérifiez la connexion Internet, le VPN ou le proxy.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. ConnectDesk never ignores certificate errors; check the system clock, proxy or corporate TLS inspection.</source>
        <translation>La connexion sécurisée à %1 a échoué : %2. ConnectDesk n&apos;ignore jamais les erreurs de certificat ; vérifiez l&apos;horloge système, le proxy ou l&apos;inspection TLS de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation>Le proxy a échoué : %1. Vérifiez les paramètres proxy du système.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than 1 MiB and was cut off.</source>
        <translation>La réponse de %1 dépassait 1 Mio et a été tronquée.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).%2 Check the fields and try again.</source>
        <translation>Le serveur a refusé la requête (HTTP %1).%2 Vérifiez les champs et réessayez.</translation>
    </message>
    <message>
        <source>Not authorised (HTTP 401).%1 The access token was refused even after a fresh one was fetched; check the client ID and secret.</source>
        <translation>Non autorisé (HTTP 401).%1 Le jeton d&apos;accès a été refusé même après en avoir obtenu un nouveau ; vérifiez l&apos;ID client et le secret.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).%1 Check the project ID and the environment.</source>
        <translation>Introuvable (HTTP 404).%1 Vérifiez l&apos;ID du projet et l&apos;environnement.</translation>
    </message>
    <message>
        <source>The server timed out (HTTP 408).%1 Try again.</source>
        <translation>Délai dépassé côté serveur (HTTP 408).%1 Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429).%1 Try again in %n second(s).</source>
        <translation>
            <numerusform>Limite de débit atteinte (HTTP 429).%1 Réessayez dans %n seconde.</numerusform>
            <numerusform>Limite de débit atteinte (HTTP 429).%1 Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429).%1 Wait a minute and try again.</source>
        <translation>Limite de débit atteinte (HTTP 429).%1 Attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Pipedream had a problem (HTTP %1).%2 Try again in a moment.</source>
        <translation>Pipedream a rencontré un problème (HTTP %1).%2 Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2</source>
        <translation>La requête a échoué (HTTP %1).%2</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403).%1</source>
        <translation>Interdit (HTTP 403).%1</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403). The OAuth client may not have access to this project or environment, or its access-token scope is too narrow.</source>
        <translation>Interdit (HTTP 403). Le client OAuth n&apos;a peut-être pas accès à ce projet ou à cet environnement, ou la portée de son jeton d&apos;accès est trop restreinte.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1).%2 ConnectDesk never follows redirects (they could carry the credentials elsewhere); check the API base URL.</source>
        <translation>Le serveur a répondu par une redirection (HTTP %1).%2 ConnectDesk ne suit jamais les redirections (elles pourraient emporter les identifiants ailleurs) ; vérifiez l&apos;URL de base de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Delete external user</source>
        <translation>Supprimer l&apos;utilisateur externe</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Déjà supprimé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost</source>
        <translation>Inconnu : la réponse a été perdue</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 could not be written: %2</source>
        <translation>Le journal d&apos;audit %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>son dossier n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>le disque n&apos;a pas confirmé l&apos;écriture</translation>
    </message>
</context>
<context>
    <name>BandContent</name>
    <message>
        <source>Development — for testing only</source>
        <translation>Développement — pour les tests uniquement</translation>
    </message>
    <message>
        <source>Development links do not work for customers: a project allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. Use production for customers.</source>
        <translation>Les liens de développement ne fonctionnent pas pour les clients : un projet accepte au plus 10 utilisateurs externes, et la personne qui se connecte doit être connectée à pipedream.com dans le même navigateur. Utilisez la production pour les clients.</translation>
    </message>
    <message>
        <source>Production — live customer links</source>
        <translation>Production — liens clients réels</translation>
    </message>
    <message>
        <source>Links work for any customer. Accounts they connect are real and live only in production.</source>
        <translation>Les liens fonctionnent pour tout client. Les comptes connectés sont réels et n&apos;existent qu&apos;en production.</translation>
    </message>
    <message>
        <source>Sandbox — links are not real</source>
        <translation>Bac à sable — les liens ne sont pas réels</translation>
    </message>
    <message>
        <source>ConnectDesk is talking to its built-in simulator. Tokens and Connect Links created here work only on this computer; never send them to a customer.</source>
        <translation>ConnectDesk communique avec son simulateur intégré. Les jetons et Connect Links créés ici ne fonctionnent que sur cet ordinateur ; ne les envoyez jamais à un client.</translation>
    </message>
    <message>
        <source>The sandbox imitates production with the same rules; nothing created here is live.</source>
        <translation>Le bac à sable imite la production avec les mêmes règles ; rien de ce qui est créé ici n&apos;est réel.</translation>
    </message>
    <message>
        <source>The sandbox imitates development: %1</source>
        <translation>Le bac à sable imite le développement : %1</translation>
    </message>
    <message>
        <source>Production — simulated</source>
        <translation>Production — simulée</translation>
    </message>
    <message>
        <source>Development — simulated</source>
        <translation>Développement — simulé</translation>
    </message>
    <message>
        <source>Development — not set up yet</source>
        <translation>Développement — pas encore configuré</translation>
    </message>
    <message>
        <source>Production — not set up yet</source>
        <translation>Production — pas encore configurée</translation>
    </message>
    <message>
        <source>This project has no OAuth client yet, so no link can be made here. Add one under Tools &gt; Projects and credentials, or try the sandbox.</source>
        <translation>Ce projet n&apos;a pas encore de client OAuth : aucun lien ne peut être créé ici. Ajoutez-en un dans Outils &gt; Projets et identifiants, ou essayez le bac à sable.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Bulk Connect Links</source>
        <translation>Connect Links en lot</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Ouvrir un CSV…</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <source>No file opened. The file needs a header row with an external_user_id column and, optionally, an app column.</source>
        <translation>Aucun fichier ouvert. Le fichier doit avoir une ligne d&apos;en-tête avec une colonne external_user_id et, éventuellement, une colonne app.</translation>
    </message>
    <message>
        <source>Opened file</source>
        <translation>Fichier ouvert</translation>
    </message>
    <message>
        <source>Settings used for every row</source>
        <translation>Paramètres utilisés pour chaque ligne</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Rows summary</source>
        <translation>Résumé des lignes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Throughput and time left</source>
        <translation>Débit et temps restant</translation>
    </message>
    <message>
        <source>How many links are requested at the same time</source>
        <translation>Combien de liens sont demandés en même temps</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>&amp;Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Enregistrer les résultats en CSV</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open a CSV file with an external_user_id column and, optionally, an app column</source>
        <translation>Ouvrir un fichier CSV avec une colonne external_user_id et, éventuellement, une colonne app</translation>
    </message>
    <message>
        <source>One row per customer in the file, with its status and, once created, its Connect Link or the problem</source>
        <translation>Une ligne par client du fichier, avec son état et, une fois créé, son Connect Link ou le problème</translation>
    </message>
    <message>
        <source>Create a Connect Link for every row that has no problem</source>
        <translation>Créer un Connect Link pour chaque ligne sans problème</translation>
    </message>
    <message>
        <source>Pause or resume sending; calls already sent still finish</source>
        <translation>Mettre en pause ou reprendre l&apos;envoi ; les appels déjà envoyés se terminent</translation>
    </message>
    <message>
        <source>Stop the run; rows not yet sent are marked Not sent</source>
        <translation>Arrêter l&apos;exécution ; les lignes pas encore envoyées sont marquées Non envoyée</translation>
    </message>
    <message>
        <source>Save every row with its Connect Link, status and error as a CSV file</source>
        <translation>Enregistrer chaque ligne avec son Connect Link, son état et son erreur dans un fichier CSV</translation>
    </message>
    <message>
        <source>Close the bulk window; it asks first when results are not saved</source>
        <translation>Fermer la fenêtre de lot ; elle demande d&apos;abord si les résultats ne sont pas enregistrés</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Re&amp;quêtes en parallèle :</translation>
    </message>
    <message>
        <source>Requests sent at the same time</source>
        <translation>Requêtes envoyées en même temps</translation>
    </message>
    <message>
        <source>Send the rows that failed again; created links stay as they are</source>
        <translation>Renvoyer les lignes en échec ; les liens créés restent tels quels</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Rows</source>
        <translation>Réessayer les lignes en é&amp;chec</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Réessayer les lignes en échec</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>En&amp;vironnement :</translation>
    </message>
    <message>
        <source>The environment of every link in this run; the main window keeps its own</source>
        <translation>L&apos;environnement de tous les liens de cette exécution ; la fenêtre principale garde le sien</translation>
    </message>
    <message>
        <source>Environment for this run</source>
        <translation>Environnement pour cette exécution</translation>
    </message>
</context>
<context>
    <name>BulkDialogText</name>
    <message>
        <source>no project</source>
        <translation>aucun projet</translation>
    </message>
    <message>
        <source>rows without an app: the customer picks one</source>
        <translation>lignes sans app : le client en choisit une</translation>
    </message>
    <message>
        <source>rows without an app: %1</source>
        <translation>lignes sans app : %1</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>expire dans %1 s</translation>
    </message>
    <message>
        <source>For every row: %1</source>
        <translation>Pour chaque ligne : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fix the form before running:</source>
        <translation>Corrigez le formulaire avant l&apos;exécution :</translation>
    </message>
    <message>
        <source>Development: at most %1 external users (checked before the run), and the links only work for people signed in to pipedream.com. Use production for customers.</source>
        <translation>Développement : au plus %1 utilisateurs externes (vérifié avant l&apos;exécution), et les liens ne fonctionnent que pour les personnes connectées à pipedream.com. Utilisez la production pour les clients.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 sur %Ln ligne</numerusform>
            <numerusform>%1 sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message>
        <source>took less than a second</source>
        <translation>a pris moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>durée : %1</translation>
    </message>
    <message>
        <source> (paused: calls already sent still finish)</source>
        <translation> (en pause : les appels déjà envoyés se terminent)</translation>
    </message>
    <message>
        <source> (stopping: waiting for the calls already sent)</source>
        <translation> (arrêt : attente des appels déjà envoyés)</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (limite de débit : en attente)</translation>
    </message>
</context>
<context>
    <name>BulkQuestions</name>
    <message>
        <source>The Connect Links created in this run stay in History (View &gt; History), but only Save Results… writes the file you send them from.</source>
        <translation>Les Connect Links créés lors de cette exécution restent dans l&apos;historique (Affichage &gt; Historique), mais seul « Enregistrer les résultats… » écrit le fichier à partir duquel vous les envoyez.</translation>
    </message>
    <message>
        <source>The Connect Links created in this run are not kept anywhere else. Save the results first to send them to your customers.</source>
        <translation>Les Connect Links créés lors de cette exécution ne sont conservés nulle part ailleurs. Enregistrez d&apos;abord les résultats pour les envoyer à vos clients.</translation>
    </message>
    <message>
        <source>Stop the run and close?</source>
        <translation>Arrêter l&apos;exécution et fermer ?</translation>
    </message>
    <message>
        <source>Close without saving the results?</source>
        <translation>Fermer sans enregistrer les résultats ?</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <source>Open another file without saving the results?</source>
        <translation>Ouvrir un autre fichier sans enregistrer les résultats ?</translation>
    </message>
    <message>
        <source>The table will show the new file.</source>
        <translation>Le tableau affichera le nouveau fichier.</translation>
    </message>
    <message>
        <source>Open Another File</source>
        <translation>Ouvrir un autre fichier</translation>
    </message>
    <message>
        <source>Development Limit</source>
        <translation>Limite du développement</translation>
    </message>
    <message>
        <source>This file has %1 different external users; development allows %2.</source>
        <translation>Ce fichier contient %1 utilisateurs externes différents ; le développement en autorise %2.</translation>
    </message>
    <message>
        <source>In development, the rows of every user after the first %1 fail with &quot;Forbidden (HTTP 403)&quot;, and the links only work for people signed in to pipedream.com. For customers, run in production.</source>
        <translation>En développement, les lignes de chaque utilisateur au-delà des %1 premiers échouent avec « Forbidden (HTTP 403) », et les liens ne fonctionnent que pour les personnes connectées à pipedream.com. Pour des clients, exécutez en production.</translation>
    </message>
    <message>
        <source>Run in Production</source>
        <translation>Exécuter en production</translation>
    </message>
    <message>
        <source>Run the First %1 Users Only</source>
        <translation>N&apos;exécuter que les %1 premiers utilisateurs</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::AccessTokenProvider</name>
    <message>
        <source>No client ID or client secret is set for this project.</source>
        <translation>Aucun ID client ni secret client n&apos;est défini pour ce projet.</translation>
    </message>
    <message>
        <source>the OAuth answer has no access_token or expires_in</source>
        <translation>la réponse OAuth ne contient ni access_token ni expires_in</translation>
    </message>
    <message>
        <source>the OAuth answer&apos;s access_token contains characters that are not allowed in an HTTP header (such as a line break); it was not used and nothing was sent</source>
        <translation>l&apos;access_token de la réponse OAuth contient des caractères interdits dans un en-tête HTTP (comme un saut de ligne) ; il n&apos;a pas été utilisé et rien n&apos;a été envoyé</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::AccountLabel</name>
    <message>
        <source>%1 — %2</source>
        <comment>app — account name that has parentheses</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>app (account name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::ApiReply</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the OAuth server&apos;s access token contains characters that are not allowed in an HTTP header; nothing was sent</source>
        <translation>le jeton d&apos;accès du serveur OAuth contient des caractères interdits dans un en-tête HTTP ; rien n&apos;a été envoyé</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkPreviousResults</name>
    <message>
        <source>It is not a results file of connectdesk token bulk (the first row must be %1).</source>
        <translation>Ce n&apos;est pas un fichier de résultats de connectdesk token bulk (la première ligne doit être %1).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkResultFile</name>
    <message>
        <source>could not rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::CallLogModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandContext</name>
    <message>
        <source>Project ID (proj_...). Default: $PIPEDREAM_PROJECT_ID.</source>
        <translation>ID du projet (proj_...). Par défaut : $PIPEDREAM_PROJECT_ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>development or production. Default: $PIPEDREAM_PROJECT_ENVIRONMENT, else production.</source>
        <translation>development ou production. Par défaut : $PIPEDREAM_PROJECT_ENVIRONMENT, sinon production.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>API base URL. Default: $PIPEDREAM_BASE_URL, else https://api.pipedream.com.</source>
        <translation>URL de base de l&apos;API. Par défaut : $PIPEDREAM_BASE_URL, sinon https://api.pipedream.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>An origin (scheme://host[:port]) allowed to use the token from a browser. Repeat for several.</source>
        <translation>Une origine (schéma://hôte[:port]) autorisée à utiliser le jeton depuis un navigateur. À répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on success.</source>
        <translation>Où le Connect Link envoie le client en cas de succès.</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on error.</source>
        <translation>Où le Connect Link envoie le client en cas d&apos;erreur.</translation>
    </message>
    <message>
        <source>Receives CONNECTION_SUCCESS / CONNECTION_ERROR events.</source>
        <translation>Reçoit les événements CONNECTION_SUCCESS / CONNECTION_ERROR.</translation>
    </message>
    <message>
        <source>Token lifetime in seconds, 1 to 14400. Default: 14400 (4 hours).</source>
        <translation>Durée de vie du jeton en secondes, de 1 à 14400. Par défaut : 14400 (4 heures).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>A Connect scope (connect:accounts:read, ...). Repeat or separate with spaces. Default: connect:*.</source>
        <translation>Une portée Connect (connect:accounts:read, ...). À répéter ou à séparer par des espaces. Par défaut : connect:*.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>Let the customer grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>Permettre au client d&apos;accorder une partie seulement des portées OAuth de l&apos;app.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1 : la valeur est vide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_ID is not set: export the OAuth client ID (Pipedream workspace settings, API).</source>
        <translation>PIPEDREAM_CLIENT_ID n&apos;est pas défini : exportez l&apos;ID client OAuth (paramètres de l&apos;espace de travail Pipedream, API).</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_SECRET is not set: export the OAuth client secret. It is read only from the environment, never from the command line.</source>
        <translation>PIPEDREAM_CLIENT_SECRET n&apos;est pas défini : exportez le secret client OAuth. Il n&apos;est lu que depuis l&apos;environnement, jamais depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>A saved profile (connectdesk profile list): its project, environment, client ID and keychain secret. Flags still win over it.</source>
        <translation>Un profil enregistré (connectdesk profile list) : son projet, son environnement, son ID client et son secret du trousseau. Les options restent prioritaires.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>App slug (slack, google_sheets, ...): sent as app_id and added to the Connect Link as app=.</source>
        <translation>Slug de l&apos;app (slack, google_sheets, ...) : envoyé comme app_id et ajouté au Connect Link comme app=.</translation>
    </message>
    <message>
        <source>The project&apos;s custom OAuth client for the app (oa_...). Default: Pipedream&apos;s.</source>
        <translation>Le client OAuth propre au projet pour l&apos;app (oa_...). Par défaut : celui de Pipedream.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no scope; give scopes such as connect:accounts:read, separated by spaces or commas.</source>
        <translation>%1 : « %2 » ne désigne aucun scope ; indiquez des scopes comme connect:accounts:read, séparés par des espaces ou des virgules.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Utilisation : %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>Lancez « %1 %2 --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>the client secret is never accepted on the command line (other users of this computer could read it there); set PIPEDREAM_CLIENT_SECRET in the environment.</source>
        <translation>le secret client n&apos;est jamais accepté sur la ligne de commande (d&apos;autres utilisateurs de cet ordinateur pourraient l&apos;y lire) ; définissez PIPEDREAM_CLIENT_SECRET dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>set the OAuth client ID in PIPEDREAM_CLIENT_ID.</source>
        <translation>définissez l&apos;ID client OAuth dans PIPEDREAM_CLIENT_ID.</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>argument inattendu %1.</translation>
    </message>
    <message>
        <source>missing %1.</source>
        <translation>%1 manquant.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CustomerCommands</name>
    <message>
        <source>set the project with --project-id or PIPEDREAM_PROJECT_ID.</source>
        <translation>indiquez le projet avec --project-id ou PIPEDREAM_PROJECT_ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>[--query TEXT] [--limit N] [--json]</source>
        <translation>[--query TEXTE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the project&apos;s external users (customers), newest first, one ID per line;
with --query, those whose ID contains the text.</source>
        <translation>Liste les utilisateurs externes (clients) du projet, les plus récents d&apos;abord, un ID par ligne ;
avec --query, ceux dont l&apos;ID contient le texte.</translation>
    </message>
    <message>
        <source>Only IDs containing this text (any case).</source>
        <translation>Seulement les ID contenant ce texte (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>At most N users (1 to %1, default 25).</source>
        <translation>Au plus N utilisateurs (1 à %1, 25 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;users&quot;: [...], &quot;has_more&quot;}.</source>
        <translation>Afficher un objet JSON : {&quot;users&quot;: [...], &quot;has_more&quot;}.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation>--limit doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query : %1</translation>
    </message>
    <message>
        <source>%1: more users match; raise --limit or narrow --query.</source>
        <translation>%1 : d&apos;autres utilisateurs correspondent ; augmentez --limit ou précisez --query.</translation>
    </message>
    <message>
        <source>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</source>
        <translation>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</translation>
    </message>
    <message>
        <source>Lists a customer&apos;s connected accounts, one per line: account ID, app, name, health
(healthy, unhealthy or dead) and the server&apos;s error.</source>
        <translation>Liste les comptes connectés d&apos;un client, un par ligne : ID du compte, app, nom,
état (healthy, unhealthy ou dead) et l&apos;erreur du serveur.</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID (required).</source>
        <translation>L&apos;ID d&apos;utilisateur externe du client (obligatoire).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this app&apos;s accounts.</source>
        <translation>Seulement les comptes de cette app.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Only accounts that are unhealthy or dead.</source>
        <translation>Seulement les comptes en erreur ou morts.</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}.</source>
        <translation>Afficher un objet JSON : {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}.</translation>
    </message>
    <message>
        <source>--external-user-id is required.</source>
        <translation>--external-user-id est obligatoire.</translation>
    </message>
    <message>
        <source>--external-user-id: %1</source>
        <translation>--external-user-id : %1</translation>
    </message>
    <message>
        <source>--app: %1</source>
        <translation>--app : %1</translation>
    </message>
    <message>
        <source>%1: no unhealthy or dead accounts.</source>
        <translation>%1 : aucun compte en erreur ou mort.</translation>
    </message>
    <message>
        <source>%1: no accounts.</source>
        <translation>%1 : aucun compte.</translation>
    </message>
    <message>
        <source>EXTERNAL_USER_ID --yes</source>
        <translation>EXTERNAL_USER_ID --yes</translation>
    </message>
    <message>
        <source>ACCOUNT_ID --yes</source>
        <translation>ACCOUNT_ID --yes</translation>
    </message>
    <message>
        <source>Deletes an external user and all their connected accounts. Needs --yes;
written to the audit log.</source>
        <translation>Supprime un utilisateur externe et tous ses comptes connectés. Nécessite --yes ;
consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Deletes one connected account. Needs --yes; written to the audit log.</source>
        <translation>Supprime un compte connecté. Nécessite --yes ; consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID.</source>
        <translation>L&apos;ID d&apos;utilisateur externe du client.</translation>
    </message>
    <message>
        <source>The account ID (apn_...).</source>
        <translation>L&apos;ID du compte (apn_...).</translation>
    </message>
    <message>
        <source>Really delete (without it, nothing is sent).</source>
        <translation>Supprimer vraiment (sans cette option, rien n&apos;est envoyé).</translation>
    </message>
    <message>
        <source>the account ID is empty.</source>
        <translation>l&apos;ID du compte est vide.</translation>
    </message>
    <message>
        <source>deleting %1 and all their accounts cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>la suppression de %1 et de tous ses comptes est irréversible : ajoutez --yes pour confirmer. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>deleting %1 cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>la suppression de %1 est irréversible : ajoutez --yes pour confirmer. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>URL_OR_TOKEN [--json]</source>
        <translation>URL_OR_TOKEN [--json]</translation>
    </message>
    <message>
        <source>Says whether a Connect Link (or ctok_ token) can still be used and, if not, why and
what to do. Exit code 0: usable; 4: not usable (the reason on stderr, or in --json).</source>
        <translation>Indique si un Connect Link (ou jeton ctok_) est encore utilisable et, sinon, pourquoi et
que faire. Code de sortie 0 : utilisable ; 4 : inutilisable (la raison sur stderr ou dans --json).</translation>
    </message>
    <message>
        <source>The Connect Link as the customer got it, or its ctok_ token.</source>
        <translation>Le Connect Link tel que le client l&apos;a reçu, ou son jeton ctok_.</translation>
    </message>
    <message>
        <source>Print the diagnosis as one JSON object (docs/cli.md).</source>
        <translation>Afficher le diagnostic comme un objet JSON (docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Dispatch</name>
    <message>
        <source>Usage:
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [options]
Run &quot;connectdesk token create --help&quot; or &quot;connectdesk token bulk --help&quot; for the options.</source>
        <translation>Utilisation :
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [options]
Lancez « connectdesk token create --help » ou « connectdesk token bulk --help » pour les options.</translation>
    </message>
    <message>
        <source>connectdesk token: missing command (create or bulk).</source>
        <translation>connectdesk token : commande manquante (create ou bulk).</translation>
    </message>
    <message>
        <source>%1: unknown option &quot;%2&quot;</source>
        <translation>%1 : option inconnue « %2 »</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;</source>
        <translation>%1 : commande inconnue « %2 »</translation>
    </message>
    <message>
        <source>, did you mean &quot;%1&quot;?</source>
        <translation>, vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Lancez « %1 --help » pour les commandes et options.</translation>
    </message>
    <message>
        <source>Usage: connectdesk %1 %2 ...
Run &quot;connectdesk %1 &lt;command&gt; --help&quot; for the options.</source>
        <translation>Utilisation : connectdesk %1 %2 ...
Lancez « connectdesk %1 &lt;commande&gt; --help » pour les options.</translation>
    </message>
    <message>
        <source>connectdesk %1: missing command (%2).</source>
        <translation>connectdesk %1 : commande manquante (%2).</translation>
    </message>
    <message>
        <source>Usage:
  connectdesk                      Open the window
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [--resume] [options]
  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE] [--no-seed]
  connectdesk profile add|list|test|remove ...
  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]
  connectdesk users list [--query TEXT] [--limit N] [--json]
  connectdesk users delete EXTERNAL_USER_ID --yes
  connectdesk accounts list --external-user-id ID [--app SLUG] [--unhealthy] [--json]
  connectdesk accounts delete ACCOUNT_ID --yes
  connectdesk link check URL_OR_TOKEN [--json]
  connectdesk --version | --help

Commands:
  token create    Create a Connect token and print its Connect Link
  token bulk      Create Connect Links for every row of a CSV file
  sandbox         Run a local Connect API simulator (no Pipedream account needed)
  profile         Manage profiles (projects; client secrets in the keychain)
  history list    List the generated links and whether customers connected
  users           Find customers (external users); delete one with their accounts
  accounts        A customer&apos;s connected accounts and their health; delete one
  link check      Why a Connect Link does not work, and what to do
Run &quot;connectdesk &lt;command&gt; --help&quot; for a command&apos;s options.

Window options:
  --sandbox       Open the window against a built-in sandbox (links are not real)
  --self-test     Check the installation and exit
  --lang CODE     Use this language (for example de)

Environment:
  PIPEDREAM_CLIENT_ID            OAuth client ID
  PIPEDREAM_CLIENT_SECRET        OAuth client secret (never accepted as a flag)
  PIPEDREAM_PROJECT_ID           Default for --project-id
  PIPEDREAM_PROJECT_ENVIRONMENT  Default for --environment (else production)
  PIPEDREAM_BASE_URL             Default for --api-base-url
Flags win over the environment.

Exit codes:
  0  success
  2  invalid input or usage (nothing was sent)
  3  client ID or secret rejected
  4  the API answered with an error; link check: the link is not usable
  5  network failure or timeout
  6  token create --wait: the link expired without a connection
  7  results could not be written (disk full); links created are reported
  130  interrupted (Ctrl+C, SIGTERM)</source>
        <translation>Utilisation :
  connectdesk                      Ouvrir la fenêtre
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [--resume] [options]
  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE] [--no-seed]
  connectdesk profile add|list|test|remove ...
  connectdesk history list [--json] [--search TEXTE] [--state É] [--limit N]
  connectdesk users list [--query TEXT] [--limit N] [--json]
  connectdesk users delete EXTERNAL_USER_ID --yes
  connectdesk accounts list --external-user-id ID [--app SLUG] [--unhealthy] [--json]
  connectdesk accounts delete ACCOUNT_ID --yes
  connectdesk link check URL_OR_TOKEN [--json]
  connectdesk --version | --help

Commandes :
  token create    Créer un jeton Connect et afficher son Connect Link
  token bulk      Créer des Connect Links pour chaque ligne d&apos;un fichier CSV
  sandbox         Lancer un simulateur local de la Connect API (sans compte Pipedream)
  profile         Gérer les profils (projets ; secrets client dans le trousseau)
  history list    Lister les liens générés et si les clients se sont connectés
  users           Trouver des clients (utilisateurs externes) ; en supprimer un avec ses comptes
  accounts        Les comptes connectés d&apos;un client et leur état ; en supprimer un
  link check      Pourquoi un Connect Link ne fonctionne pas, et que faire
Lancez « connectdesk &lt;commande&gt; --help » pour les options d&apos;une commande.

Options de la fenêtre :
  --sandbox       Ouvrir la fenêtre avec un bac à sable intégré (liens non réels)
  --self-test     Vérifier l&apos;installation et quitter
  --lang CODE     Utiliser cette langue (par exemple fr)

Environnement :
  PIPEDREAM_CLIENT_ID            ID client OAuth
  PIPEDREAM_CLIENT_SECRET        Secret client OAuth (jamais accepté en option)
  PIPEDREAM_PROJECT_ID           Valeur par défaut de --project-id
  PIPEDREAM_PROJECT_ENVIRONMENT  Valeur par défaut de --environment (sinon production)
  PIPEDREAM_BASE_URL             Valeur par défaut de --api-base-url
Les options l&apos;emportent sur l&apos;environnement.

Codes de sortie :
  0  succès
  2  saisie ou utilisation invalide (rien n&apos;a été envoyé)
  3  ID client ou secret refusé
  4  l&apos;API a répondu par une erreur ; link check : le lien n&apos;est pas utilisable
  5  erreur réseau ou délai dépassé
  6  token create --wait : le lien a expiré sans connexion
  7  les résultats n&apos;ont pas pu être écrits (disque plein) ; les liens créés sont signalés
  130  interrompu (Ctrl+C, SIGTERM)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::HistoryCommand</name>
    <message>
        <source>Usage:
  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]
Run &quot;connectdesk history list --help&quot; for the options.</source>
        <translation>Utilisation :
  connectdesk history list [--json] [--search TEXTE] [--state ÉTAT] [--limit N]
Lancez « connectdesk history list --help » pour les options.</translation>
    </message>
    <message>
        <source>connectdesk history: missing command (list).</source>
        <translation>connectdesk history : commande manquante (list).</translation>
    </message>
    <message>
        <source>connectdesk history: unknown command &quot;%1&quot;.</source>
        <translation>connectdesk history : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>connected %1 at %2</source>
        <translation>connecté %1 à %2</translation>
    </message>
    <message>
        <source>connected %1 (%2) at %3</source>
        <translation>connecté %1 (%2) à %3</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Lists the Connect Links this computer generated (window and command line), newest
first: one tab-separated line each (time, state, external user, app, environment,
outcome), or a JSON array with --json. Links are shown only while they can still
be used; tokens never.</source>
        <translation>Liste les Connect Links générés sur cet ordinateur (fenêtre et ligne de commande), du
plus récent au plus ancien : une ligne séparée par des tabulations pour chacun (heure,
état, utilisateur externe, app, environnement, résultat), ou un tableau JSON avec --json.
Les liens ne sont affichés que tant qu&apos;ils sont utilisables ; les jetons jamais.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>Only entries whose external user ID or app contains TEXT (any case).</source>
        <translation>Seulement les entrées dont l&apos;ID utilisateur externe ou l&apos;app contient TEXTE (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Only entries in STATE: active, connected, expired or failed.</source>
        <translation>Seulement les entrées dans l&apos;ÉTAT : active, connected, expired ou failed.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Au plus N entrées.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--state must be active, connected, expired or failed, not &quot;%1&quot;.</source>
        <translation>--state doit valoir active, connected, expired ou failed, pas « %1 ».</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit doit être un nombre entier positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1 : impossible de lire l&apos;historique : %2</translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation>L&apos;historique est vide.</translation>
    </message>
    <message>
        <source>No history entries match.</source>
        <translation>Aucune entrée de l&apos;historique ne correspond.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::LinkFollowUp</name>
    <message>
        <source>%1: stopped waiting; the link stays valid until it expires.</source>
        <translation>%1 : attente interrompue ; le lien reste valable jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: warning: the failure was not recorded in the history: %2</source>
        <translation>%1 : avertissement : l&apos;échec n&apos;a pas été enregistré dans l&apos;historique : %2</translation>
    </message>
    <message>
        <source>%1: warning: the link was not recorded in the history: %2</source>
        <translation>%1 : avertissement : le lien n&apos;a pas été enregistré dans l&apos;historique : %2</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (Ctrl+C to stop)</source>
        <translation>En attente de la connexion du client… (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>Connected: %1, account %2, at %3</source>
        <translation>Connecté : %1, compte %2, à %3</translation>
    </message>
    <message>
        <source>%1: the link expired without a connection.</source>
        <translation>%1 : le lien a expiré sans connexion.</translation>
    </message>
    <message>
        <source>%1: cannot tell whether the customer connected: %2</source>
        <translation>%1 : impossible de savoir si le client s&apos;est connecté : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: could not check for a connection (%2); trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1 : impossible de vérifier la connexion (%2) ; nouvel essai dans %Ln seconde.</numerusform>
            <numerusform>%1 : impossible de vérifier la connexion (%2) ; nouvel essai dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link has expired, and whether the customer connected is unknown: could not reach the server: %2</source>
        <translation>%1 : le lien a expiré et on ne sait pas si le client s&apos;est connecté : impossible de joindre le serveur : %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::ProfileCommands</name>
    <message>
        <source>%1 profile: unknown command &quot;%2&quot;.</source>
        <translation>%1 profile : commande inconnue « %2 ».</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Secret client (saisie masquée) : </translation>
    </message>
    <message>
        <source>could not read standard input.</source>
        <translation>impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>no client secret on standard input; pipe it in, e.g. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.</source>
        <translation>aucun secret client sur l&apos;entrée standard ; transmettez-le par un tube, par ex. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.</translation>
    </message>
    <message>
        <source>the client secret on standard input spans several lines; give only the secret.</source>
        <translation>le secret client sur l&apos;entrée standard tient sur plusieurs lignes ; ne fournissez que le secret.</translation>
    </message>
    <message>
        <source>--name NAME --project-id proj_... --client-id ID [options] --client-secret-stdin</source>
        <translation>--name NOM --project-id proj_... --client-id ID [options] --client-secret-stdin</translation>
    </message>
    <message>
        <source>Adds a profile. The client secret is read from standard input (never from the command line, where other users could see it) and stored in the system keychain.</source>
        <translation>Ajoute un profil. Le secret client est lu sur l&apos;entrée standard (jamais sur la ligne de commande, où d&apos;autres utilisateurs pourraient le voir) et enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A unique name.</source>
        <translation>Un nom unique.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The project (proj_...).</source>
        <translation>Le projet (proj_...).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The OAuth client ID.</source>
        <translation>L&apos;ID client OAuth.</translation>
    </message>
    <message>
        <source>The default environment: development or production (default).</source>
        <translation>L&apos;environnement par défaut : development ou production (par défaut).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Scopes for the access token, space-separated (least privilege), e.g. &quot;connect:tokens:create connect:users:read&quot;.</source>
        <translation>Portées du jeton d&apos;accès, séparées par des espaces (moindre privilège), par ex. « connect:tokens:create connect:users:read ».</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>PORTÉES</translation>
    </message>
    <message>
        <source>Another API address (advanced).</source>
        <translation>Une autre adresse d&apos;API (avancé).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>Lire le secret client sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--client-secret-stdin is required: pipe the client secret in on standard input.</source>
        <translation>--client-secret-stdin est obligatoire : transmettez le secret client sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its client secret is in the system keychain.</source>
        <translation>Profil « %1 » ajouté ; son secret client est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the profiles. Secrets are never shown; &quot;stored&quot; means the keychain holds one.</source>
        <translation>Liste les profils. Les secrets ne sont jamais affichés ; « enregistré » signifie que le trousseau en contient un.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;%1 profile add --help&quot;.</source>
        <translation>Aucun profil pour l&apos;instant. Ajoutez-en un avec « %1 profile add --help ».</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID CLIENT</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>IT (read-only)</source>
        <translation>Informatique (lecture seule)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; see &quot;%2 profile list&quot;.</source>
        <translation>aucun profil ne s&apos;appelle « %1 » ; voir « %2 profile list ».</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil « %1 » : %2</translation>
    </message>
    <message>
        <source>Fetches an access token with the profile&apos;s client ID and secret and says whether they work.</source>
        <translation>Obtient un jeton d&apos;accès avec l&apos;ID client et le secret du profil et indique s&apos;ils fonctionnent.</translation>
    </message>
    <message>
        <source>name the profile to test.</source>
        <translation>indiquez le profil à tester.</translation>
    </message>
    <message>
        <source>NAME [--force]</source>
        <translation>NOM [--force]</translation>
    </message>
    <message>
        <source>Removes the profile and deletes its client secret from the keychain.</source>
        <translation>Supprime le profil et efface son secret client du trousseau.</translation>
    </message>
    <message>
        <source>Remove the profile even when its secret cannot be deleted from the keychain.</source>
        <translation>Supprimer le profil même si son secret ne peut pas être effacé du trousseau.</translation>
    </message>
    <message>
        <source>name the profile to remove.</source>
        <translation>indiquez le profil à supprimer.</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;.</source>
        <translation>aucun profil ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be removed.</source>
        <translation>« %1 » est fourni par votre service informatique et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The profile was kept. Use --force to remove it anyway (its secret may then stay in the keychain).</source>
        <translation>Le profil a été conservé. Utilisez --force pour le supprimer quand même (son secret peut alors rester dans le trousseau).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The command line keeps client secrets only in the system keychain: start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET instead.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). La ligne de commande ne conserve les secrets client que dans le trousseau du système : démarrez le trousseau de votre bureau (GNOME Keyring, KWallet ou un autre Secret Service), ou définissez plutôt PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>aucun Secret Service n&apos;a répondu</translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation>Le profil n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>Usage: %1 profile &lt;command&gt; ...

Profiles name a project and its OAuth client; client secrets live in the system keychain.

Commands:
  add --name NAME --project-id proj_... --client-id ID [--environment E]
      [--access-scope &quot;S S&quot;] [--api-base-url URL] [--no-deletes] --client-secret-stdin
                       Add a profile; the client secret is read from standard input.
  list [--json]        List the profiles (never their secrets).
  test NAME            Fetch an access token with the profile&apos;s credentials.
  remove NAME          Remove the profile and its keychain secret.
</source>
        <translation>Utilisation : %1 profile &lt;commande&gt; ...

Les profils désignent un projet et son client OAuth ; les secrets client sont dans le trousseau du système.

Commandes :
  add --name NOM --project-id proj_... --client-id ID [--environment E]
      [--access-scope &quot;S S&quot;] [--api-base-url URL] [--no-deletes] --client-secret-stdin
                       Ajouter un profil ; le secret client est lu sur l&apos;entrée standard.
  list [--json]        Lister les profils (jamais leurs secrets).
  test NOM             Obtenir un jeton d&apos;accès avec les identifiants du profil.
  remove NOM           Supprimer le profil et son secret du trousseau.
</translation>
    </message>
    <message>
        <source>A support profile: it creates links but never deletes accounts or users.</source>
        <translation>Un profil de support : il crée des liens mais ne supprime jamais de comptes ni d&apos;utilisateurs.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Sandbox</name>
    <message>
        <source>Runs a local stand-in for the Connect API on 127.0.0.1 and prints the settings
that point connectdesk (or the Pipedream SDKs) at it. Links it creates are not
real. Stops on Ctrl+C or SIGTERM.</source>
        <translation>Lance un substitut local de la Connect API sur 127.0.0.1 et affiche les paramètres
qui y dirigent connectdesk (ou les SDK Pipedream). Les liens qu&apos;il crée ne sont pas
réels. S&apos;arrête avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>TCP port to listen on. Default: 0, a free port.</source>
        <translation>Port TCP d&apos;écoute. Par défaut : 0, un port libre.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--port: use a whole number from 0 to 65535.</source>
        <translation>--port : utilisez un nombre entier de 0 à 65535.</translation>
    </message>
    <message>
        <source>%1 sandbox: cannot listen on 127.0.0.1:%2 (is the port in use?).</source>
        <translation>%1 sandbox : impossible d&apos;écouter sur 127.0.0.1:%2 (le port est-il occupé ?).</translation>
    </message>
    <message>
        <source># ConnectDesk sandbox: a local stand-in for the Pipedream Connect API. Links it creates are not real.</source>
        <translation># Bac à sable ConnectDesk : un substitut local de la Pipedream Connect API. Les liens qu&apos;il crée ne sont pas réels.</translation>
    </message>
    <message>
        <source># Listening on %1 until Ctrl+C. Paste these lines into another shell:</source>
        <translation># À l&apos;écoute sur %1 jusqu&apos;à Ctrl+C. Collez ces lignes dans un autre shell :</translation>
    </message>
    <message>
        <source># Then try: %1 token create --external-user-id customer-1 --app slack</source>
        <translation># Puis essayez : %1 token create --external-user-id customer-1 --app slack</translation>
    </message>
    <message>
        <source># Open the link in a browser to play the customer, or from a script:</source>
        <translation># Ouvrez le lien dans un navigateur pour jouer le client, ou depuis un script :</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (clients trust it through %1).</source>
        <translation>Servir HTTPS avec ce certificat PEM (les clients lui font confiance via %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>La clé privée PEM non chiffrée du certificat.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert et --tls-key vont ensemble.</translation>
    </message>
    <message>
        <source>--tls-cert/--tls-key: %1.</source>
        <translation>--tls-cert/--tls-key : %1.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3.</source>
        <translation>--%1 : impossible de lire %2 : %3.</translation>
    </message>
    <message>
        <source>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</source>
        <translation>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</translation>
    </message>
    <message>
        <source>[--port N] [--no-seed] [--tls-cert FILE --tls-key FILE]</source>
        <translation>[--port N] [--no-seed] [--tls-cert FICHIER --tls-key FICHIER]</translation>
    </message>
    <message>
        <source>Start empty, without the demo customers and their accounts.</source>
        <translation>Démarrer vide, sans les clients de démonstration ni leurs comptes.</translation>
    </message>
    <message>
        <source># Customers and their accounts (break or heal one in a browser): %1</source>
        <translation># Clients et leurs comptes (en casser ou en réparer un dans un navigateur) : %1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenBulk</name>
    <message>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 en échec</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, encore %1</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (limite de débit : en attente)</translation>
    </message>
    <message>
        <source> (stopping)</source>
        <translation> (arrêt en cours)</translation>
    </message>
    <message>
        <source>--input users.csv --output links.csv [options]</source>
        <translation>--input users.csv --output links.csv [options]</translation>
    </message>
    <message>
        <source>Creates a Connect Link for every row of a CSV file (a header row with an
external_user_id column and optionally an app column) and writes
external_user_id,app,connect_link,expires_at,status,error rows in input order.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.</source>
        <translation>Crée un Connect Link pour chaque ligne d&apos;un fichier CSV (une ligne d&apos;en-tête avec
une colonne external_user_id et éventuellement une colonne app) et écrit des lignes
external_user_id,app,connect_link,expires_at,status,error dans l&apos;ordre d&apos;entrée.
Les identifiants viennent de PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Requests in flight at once, %1 to %2. Default: %3.</source>
        <translation>Requêtes simultanées, de %1 à %2. Par défaut : %3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--concurrency: use a whole number from %1 to %2.</source>
        <translation>--concurrency : utilisez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: --input: cannot read %2: %3</source>
        <translation>%1 : --input : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>%1: --input: %2: %3</source>
        <translation>%1 : --input : %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 Every remaining row was left unsent.</source>
        <translation>%1 : %2 Aucune des lignes restantes n&apos;a été envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 sur %Ln ligne</numerusform>
            <numerusform>%1 sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1 ok, %2 failed, in %3. Written to %4.</source>
        <translation>
            <numerusform>%Ln ligne : %1 réussies, %2 en échec, en %3. Écrit dans %4.</numerusform>
            <numerusform>%Ln lignes : %1 réussies, %2 en échec, en %3. Écrit dans %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln rows failed; see the status and error columns in %3.</source>
        <translation>
            <numerusform>%1 : %2 sur %Ln ligne en échec ; voir les colonnes status et error dans %3.</numerusform>
            <numerusform>%1 : %2 lignes sur %Ln en échec ; voir les colonnes status et error dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to read (- for standard input).</source>
        <translation>Le fichier CSV à lire (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced once a link was created or the run ended; until then the rows go to FILE.partial).</source>
        <translation>Le fichier CSV à écrire (remplacé dès qu&apos;un lien a été créé ou à la fin de l&apos;exécution ; d&apos;ici là, les lignes vont dans FICHIER.partial).</translation>
    </message>
    <message>
        <source>Keep the rows that are already &quot;ok&quot; in the existing --output file and send only the others.</source>
        <translation>Garder les lignes déjà « ok » dans le fichier --output existant et n&apos;envoyer que les autres.</translation>
    </message>
    <message>
        <source>--output names the --input file (through a link or another path); write the results somewhere else.</source>
        <translation>--output désigne le fichier --input (par un lien ou un autre chemin) ; écrivez les résultats ailleurs.</translation>
    </message>
    <message>
        <source>%1: --resume: cannot use %2: %3</source>
        <translation>%1 : --resume : impossible d&apos;utiliser %2 : %3</translation>
    </message>
    <message>
        <source>%1: --output: cannot write %2: %3%4 Nothing was sent.</source>
        <translation>%1 : --output : impossible d&apos;écrire %2 : %3%4 Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1: --output: writing %2 failed: %3%4</source>
        <translation>%1 : --output : l&apos;écriture de %2 a échoué : %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s) were created in this run; the rows written before the failure are in %2</source>
        <translation>
            <numerusform>%1 : %Ln lien a été créé lors de cette exécution ; les lignes écrites avant l&apos;échec sont dans %2</numerusform>
            <numerusform>%1 : %Ln liens ont été créés lors de cette exécution ; les lignes écrites avant l&apos;échec sont dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln that could not be written were printed on stdout.</source>
        <translation>
            <numerusform>; %Ln qui n&apos;a pas pu être écrit a été affiché sur stdout.</numerusform>
            <numerusform>; %Ln qui n&apos;ont pas pu être écrits ont été affichés sur stdout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some space, then run the same command with --resume.</source>
        <translation>Libérez de l&apos;espace, puis relancez la même commande avec --resume.</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 est resté inchangé.</translation>
    </message>
    <message>
        <source>%1: stopped after %2 rows in a row could not reach the server: %3 Every remaining row was left unsent; run the same command with --resume when the server can be reached.</source>
        <translation>%1 : arrêté après que %2 lignes de suite n&apos;ont pas pu joindre le serveur : %3 Aucune des lignes restantes n&apos;a été envoyée ; relancez la même commande avec --resume quand le serveur sera joignable.</translation>
    </message>
    <message>
        <source>%1: interrupted; rows not sent are marked &quot;error&quot; in %2; run the same command with --resume to finish.</source>
        <translation>%1 : interrompu ; les lignes non envoyées sont marquées « error » dans %2 ; relancez la même commande avec --resume pour terminer.</translation>
    </message>
    <message>
        <source>(the disk is full).</source>
        <translation>(le disque est plein).</translation>
    </message>
    <message>
        <source>%1: --input: cannot make a temporary copy of %2: %3</source>
        <translation>%1 : --input : impossible de faire une copie temporaire de %2 : %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenCreate</name>
    <message>
        <source>--external-user-id ID [options]</source>
        <translation>--external-user-id ID [options]</translation>
    </message>
    <message>
        <source>Your ID for the customer (required, at most 250 characters).</source>
        <translation>Votre ID pour le client (obligatoire, 250 caractères au plus).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} instead of the link.</source>
        <translation>Afficher {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} au lieu du lien.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no token in the answer</source>
        <translation>aucun jeton dans la réponse</translation>
    </message>
    <message>
        <source>Creates a Connect token for one customer and prints its Connect Link (with app=
when --app is given) as the only line on stdout.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.
With --wait, then waits until the customer connects an account (a second line on
stdout: the account; exit code 0) or the link expires (exit code 6).</source>
        <translation>Crée un jeton Connect pour un client et affiche son Connect Link (avec app=
si --app est donné) comme seule ligne sur stdout.
Les identifiants viennent de PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET.
Avec --wait, attend ensuite que le client connecte un compte (seconde ligne sur
stdout : le compte ; code de sortie 0) ou que le lien expire (code de sortie 6).</translation>
    </message>
    <message>
        <source>After printing the link, wait for the customer to connect and print the account (with --json, as a second JSON line).</source>
        <translation>Après avoir affiché le lien, attendre que le client se connecte et afficher le compte (avec --json, en seconde ligne JSON).</translation>
    </message>
    <message>
        <source>%1: still waiting for an answer from %2…</source>
        <translation>%1 : toujours en attente d&apos;une réponse de %2…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1 : %2 Nouvel essai dans %Ln seconde.</numerusform>
            <numerusform>%1 : %2 Nouvel essai dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link was created but could not be written to standard output (%2). It is in the history: connectdesk history list.</source>
        <translation>%1 : le lien a été créé mais n&apos;a pas pu être écrit sur la sortie standard (%2). Il figure dans l&apos;historique : connectdesk history list.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::HistoryStore</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this ConnectDesk understands (%2)</source>
        <translation>la version de schéma %1 est plus récente que ce que comprend ce ConnectDesk (%2)</translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation>La base de données de l&apos;historique est endommagée (%1).</translation>
    </message>
    <message>
        <source>The history database is locked by another program (%1).</source>
        <translation>La base de données de l&apos;historique est verrouillée par un autre programme (%1).</translation>
    </message>
    <message>
        <source>The history database was written by a newer ConnectDesk (%1).</source>
        <translation>La base de données de l&apos;historique a été écrite par un ConnectDesk plus récent (%1).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;historique (%1).</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot; and a new, empty history was started.</source>
        <translation>Elle a été conservée sous « %1 » et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>The file was left as it is.</source>
        <translation>Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot;.</source>
        <translation>Elle a été conservée sous « %1 ».</translation>
    </message>
    <message>
        <source>This session&apos;s history is kept in memory only%1.</source>
        <translation>L&apos;historique de cette session n&apos;est conservé qu&apos;en mémoire%1.</translation>
    </message>
    <message>
        <source>could not rename &quot;%1&quot;</source>
        <translation>impossible de renommer « %1 »</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de données de l&apos;historique n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Close the other ConnectDesk and start this one again to use it.</source>
        <translation>Fermez l&apos;autre ConnectDesk et redémarrez celui-ci pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Update ConnectDesk to use it.</source>
        <translation>Mettez ConnectDesk à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation>Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Until then, this session&apos;s history is kept in memory only.</source>
        <translation>D&apos;ici là, l&apos;historique de cette session n&apos;est conservé qu&apos;en mémoire.</translation>
    </message>
    <message numerus="yes">
        <source>The history database is busy: another program kept it locked for more than %n second(s) (%1).</source>
        <translation>
            <numerusform>La base de données de l&apos;historique est occupée : un autre programme l&apos;a verrouillée plus de %n seconde (%1).</numerusform>
            <numerusform>La base de données de l&apos;historique est occupée : un autre programme l&apos;a verrouillée plus de %n secondes (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::MessageTemplateStore</name>
    <message>
        <source>Could not save the message templates to %1.</source>
        <translation>Impossible d&apos;enregistrer les modèles de message dans %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PagedLoader</name>
    <message>
        <source>The list answer has no &quot;data&quot; array.</source>
        <translation>La réponse de liste n&apos;a pas de tableau « data ».</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PresetStore</name>
    <message>
        <source>Could not write the presets to %1.</source>
        <translation>Impossible d&apos;écrire les préréglages dans %1.</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>Donnez un nom au préréglage.</translation>
    </message>
    <message>
        <source>A preset called &quot;%1&quot; already exists.</source>
        <translation>Un préréglage nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>Aucun préréglage ne s&apos;appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::ProfileStore</name>
    <message numerus="yes">
        <source>%n profile(s) imported</source>
        <translation>
            <numerusform>%n profil importé</numerusform>
            <numerusform>%n profils importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n ignoré</numerusform>
            <numerusform>; %n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>The system-wide profile configuration %1 could not be read.</source>
        <translation>Impossible de lire la configuration de profils du système %1.</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; entry was ignored: secrets belong in the keychain</source>
        <translation>son entrée « %1 » a été ignorée : les secrets vont dans le trousseau</translation>
    </message>
    <message>
        <source>IT profile %1 (&quot;%2&quot;) was skipped: %3</source>
        <translation>Le profil informatique %1 (« %2 ») a été ignoré : %3</translation>
    </message>
    <message>
        <source>IT profile &quot;%1&quot;: %2</source>
        <translation>Profil informatique « %1 » : %2</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be changed; duplicate it to make your own version.</source>
        <translation>« %1 » est fourni par votre service informatique et ne peut pas être modifié ; dupliquez-le pour créer votre propre version.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide : %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file is a &quot;%1&quot; file, not a ConnectDesk profile export.</source>
        <translation>Le fichier est un fichier « %1 », pas un export de profils ConnectDesk.</translation>
    </message>
    <message>
        <source>The file was written by a newer ConnectDesk; update to import it.</source>
        <translation>Le fichier a été écrit par un ConnectDesk plus récent ; mettez à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The file has no &quot;profiles&quot; list.</source>
        <translation>Le fichier ne contient pas de liste « profiles ».</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>L&apos;entrée %1 n&apos;est pas un objet profil.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile export.</source>
        <translation>%1 est trop volumineux pour être un export de profils.</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 Nothing was changed.</source>
        <translation>Les profils n&apos;ont pas pu être enregistrés : %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The profile was not removed: %1</source>
        <translation>Le profil n&apos;a pas été supprimé : %1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Settings</name>
    <message>
        <source>The settings file could not be read, so ConnectDesk started with fresh settings. The old file was kept as %1.</source>
        <translation>Le fichier de paramètres n&apos;a pas pu être lu, ConnectDesk a donc démarré avec des paramètres neufs. L&apos;ancien fichier a été conservé sous %1.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read and could not be moved aside; ConnectDesk started with fresh settings that may not be saved.</source>
        <translation>Le fichier de paramètres %1 n&apos;a pu être ni lu ni mis de côté ; ConnectDesk a démarré avec des paramètres neufs qui risquent de ne pas être enregistrés.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Le fichier de paramètres %1 est endommagé.</translation>
    </message>
    <message>
        <source>The settings file was damaged or cut short, so ConnectDesk restored the last good copy of your settings and profiles. The damaged file was kept as %1.</source>
        <translation>Le fichier de paramètres était endommagé ou tronqué ; ConnectDesk a donc restauré la dernière copie valide de vos paramètres et profils. Le fichier endommagé a été conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AboutDialog</name>
    <message>
        <source>About ConnectDesk</source>
        <translation>À propos de ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk logo</source>
        <translation>Logo de ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk %1</source>
        <translation>ConnectDesk %1</translation>
    </message>
    <message>
        <source>Create Pipedream Connect tokens and Connect Links.</source>
        <translation>Créez des jetons Pipedream Connect et des Connect Links.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>MIT License — free to use, copy, change and share.</source>
        <translation>Licence MIT — libre d&apos;utiliser, copier, modifier et partager.</translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation>ID de l&apos;application :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Fichier de paramètres :</translation>
    </message>
    <message>
        <source>History database:</source>
        <translation>Base de l&apos;historique :</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>Secrets client :</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;); never written to a file</source>
        <translation>Trousseau du système (service « %1 ») ; jamais écrits dans un fichier</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier le &amp;diagnostic</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copies the versions, the language and these file locations as plain text for a support request. No secrets or tokens are included.</source>
        <translation>Copie les versions, la langue et ces emplacements de fichiers en texte brut pour une demande d&apos;assistance. Aucun secret ni jeton n&apos;est inclus.</translation>
    </message>
    <message>
        <source>Closes the About window.</source>
        <translation>Ferme la fenêtre À propos.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de paramètres : %1</translation>
    </message>
    <message>
        <source>History database: %1</source>
        <translation>Base de l&apos;historique : %1</translation>
    </message>
    <message>
        <source>%1 (built with the same version)</source>
        <translation>%1 (compilé avec la même version)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostic copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AccountsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Prochain renouvellement</translation>
    </message>
    <message>
        <source>Credentials expire</source>
        <translation>Expiration des identifiants</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AppPicker</name>
    <message>
        <source>Search apps, or type a slug such as slack</source>
        <translation>Cherchez une app ou saisissez un slug comme slack</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>The app the Connect Link opens. Type to search Pipedream&apos;s apps; Down arrow opens the results, Enter picks one and Escape closes them. A typed app slug is used as is.</source>
        <translation>L&apos;app qu&apos;ouvre le Connect Link. Tapez pour chercher parmi les apps de Pipedream ; la flèche bas ouvre les résultats, Entrée en choisit un et Échap les ferme. Un slug saisi est utilisé tel quel.</translation>
    </message>
    <message>
        <source>Matching apps</source>
        <translation>Apps correspondantes</translation>
    </message>
    <message>
        <source>Apps matching the typed text, shown as name and slug.</source>
        <translation>Apps correspondant au texte saisi, avec leur nom et leur slug.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>App search unavailable: %1; you can still type a slug.</source>
        <translation>Recherche d&apos;apps indisponible : %1 ; vous pouvez toujours saisir un slug.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>App : %1 (%2)</translation>
    </message>
    <message>
        <source>The Connect Link will open the app with slug &quot;%1&quot;.</source>
        <translation>Le Connect Link ouvrira l&apos;app dont le slug est « %1 ».</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot; in Pipedream&apos;s apps.</source>
        <translation>Aucune app « %1 » parmi celles de Pipedream.</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot;. Did you mean %2?</source>
        <translation>Aucune app « %1 ». Vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AppReadiness</name>
    <message>
        <source>%1 needs no authentication, so a Connect Link has no account to connect. Choose another app, or leave the app empty.</source>
        <translation>%1 ne nécessite aucune authentification : un Connect Link n&apos;a donc aucun compte à connecter. Choisissez une autre app ou laissez l&apos;app vide.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scope profiles of %1: %2</source>
        <translation>Profils de scopes de %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every deletion made on this machine, newest first. The log is only ever appended to: %1</source>
        <translation>Chaque suppression faite sur cette machine, la plus récente d&apos;abord. Le journal est seulement complété : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Utilisateur du système</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing has been deleted from this machine.</source>
        <translation>Rien n&apos;a été supprimé depuis cette machine.</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) recorded.</source>
        <translation>
            <numerusform>%n suppression enregistrée.</numerusform>
            <numerusform>%n suppressions enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left as they are.</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue et reste telle quelle.</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues et restent telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deletion(s) to %1.</source>
        <translation>
            <numerusform>%n suppression exportée vers %1.</numerusform>
            <numerusform>%n suppressions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with a problem, marked below: it will not be sent and is reported as an error in the results.</source>
        <translation>
            <numerusform>; %n avec un problème, signalée ci-dessous : elle ne sera pas envoyée et figure en erreur dans les résultats.</numerusform>
            <numerusform>; %n avec un problème, signalées ci-dessous : elles ne seront pas envoyées et figurent en erreur dans les résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the run to finish before opening another file.</source>
        <translation>Attendez la fin de l&apos;exécution avant d&apos;ouvrir un autre fichier.</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed.</source>
        <translation>Terminé : %1 créés, %2 en échec.</translation>
    </message>
    <message>
        <source>Stopped: %1 Rows not yet sent were not sent.</source>
        <translation>Arrêté : %1 Les lignes pas encore envoyées ne l&apos;ont pas été.</translation>
    </message>
    <message>
        <source>Canceled: %1 created; rows not sent are marked &quot;Not sent&quot;.</source>
        <translation>Annulé : %1 créés ; les lignes non envoyées sont marquées « Non envoyée ».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Résultats enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Save Results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>S&amp;top Now</source>
        <translation>Arrê&amp;ter maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouvert : %1</translation>
    </message>
    <message>
        <source>Not sent: development allows %1 external users.</source>
        <translation>Non envoyé : le développement autorise %1 utilisateurs externes.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowActions</name>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>Copier l&apos;ID utilisateur externe</translation>
    </message>
    <message>
        <source>Copy All Created Links</source>
        <translation>Copier tous les liens créés</translation>
    </message>
    <message>
        <source>The selected rows have no Connect Link to copy.</source>
        <translation>Les lignes sélectionnées n&apos;ont aucun Connect Link à copier.</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>Connect Link pour %1 copié.</translation>
    </message>
    <message numerus="yes">
        <source>%n Connect Link(s) copied, one per line.</source>
        <translation>
            <numerusform>%n Connect Link copié, un par ligne.</numerusform>
            <numerusform>%n Connect Links copiés, un par ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>External user IDs copied.</source>
        <translation>ID utilisateurs externes copiés.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowsModel</name>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Will not be sent</source>
        <translation>Ne sera pas envoyée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>(customer picks)</source>
        <translation>(le client choisit)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>ID utilisateur externe</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connect Link or problem</source>
        <translation>Connect Link ou problème</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CallLogView</name>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation>Filtrer par méthode, chemin, état ou erreur</translation>
    </message>
    <message>
        <source>Filter the call log</source>
        <translation>Filtrer le journal des appels</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>&amp;Erreurs seulement</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear the call log</source>
        <translation>Vider le journal des appels</translation>
    </message>
    <message>
        <source>Calls made this session</source>
        <translation>Appels de cette session</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this session</source>
        <translation>
            <numerusform>%n appel dans cette session</numerusform>
            <numerusform>%n appels dans cette session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 appel affiché sur %n</numerusform>
            <numerusform>%1 appels affichés sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the calls that ended in an error</source>
        <translation>Afficher seulement les appels terminés par une erreur</translation>
    </message>
    <message>
        <source>Remove every call from the log</source>
        <translation>Retirer tous les appels du journal</translation>
    </message>
    <message>
        <source>Hide connection &amp;polling</source>
        <translation>Masquer les &amp;vérifications de connexion</translation>
    </message>
    <message>
        <source>Hide the checks for the customer&apos;s connection (GET …/accounts?external_user_id=…) made every few seconds while a link waits; failed checks stay visible</source>
        <translation>Masque les vérifications de la connexion du client (GET …/accounts?external_user_id=…) faites toutes les quelques secondes pendant qu&apos;un lien attend ; les vérifications en échec restent visibles</translation>
    </message>
    <message>
        <source>Every API call of this session with its status and duration. Enter or a double-click shows the call&apos;s request and response.</source>
        <translation>Chaque appel d&apos;API de cette session avec son état et sa durée. Entrée ou un double-clic affiche la requête et la réponse de l&apos;appel.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CodeExportView</name>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy as &amp;TypeScript</source>
        <translation>Copier en &amp;TypeScript</translation>
    </message>
    <message>
        <source>Copy as &amp;Python</source>
        <translation>Copier en &amp;Python</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>cURL</source>
        <translation>cURL</translation>
    </message>
    <message>
        <source>TypeScript (@pipedream/sdk)</source>
        <translation>TypeScript (@pipedream/sdk)</translation>
    </message>
    <message>
        <source>Python (pipedream)</source>
        <translation>Python (pipedream)</translation>
    </message>
    <message>
        <source>Fetch the access token first (oauth/token with $PIPEDREAM_CLIENT_ID and $PIPEDREAM_CLIENT_SECRET)</source>
        <translation>Obtenir d&apos;abord le jeton d&apos;accès (oauth/token avec $PIPEDREAM_CLIENT_ID et $PIPEDREAM_CLIENT_SECRET)</translation>
    </message>
    <message>
        <source>Include my real access token instead of $PIPEDREAM_ACCESS_TOKEN — anyone with the command can act as this OAuth client until it expires</source>
        <translation>Inclure mon vrai jeton d&apos;accès au lieu de $PIPEDREAM_ACCESS_TOKEN — quiconque a la commande peut agir en tant que ce client OAuth jusqu&apos;à son expiration</translation>
    </message>
    <message>
        <source>Code snippet</source>
        <translation>Extrait de code</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Pas de jeton d&apos;accès : %1</translation>
    </message>
    <message>
        <source>Runs in bash with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>S&apos;exécute dans bash avec PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET définis.</translation>
    </message>
    <message>
        <source>Getting the access token…</source>
        <translation>Obtention du jeton d&apos;accès…</translation>
    </message>
    <message>
        <source>Contains your real access token: share it with nobody.</source>
        <translation>Contient votre véritable jeton d&apos;accès : ne le partagez avec personne.</translation>
    </message>
    <message>
        <source>Set PIPEDREAM_ACCESS_TOKEN first (POST /v1/oauth/token), or tick the option above.</source>
        <translation>Définissez d&apos;abord PIPEDREAM_ACCESS_TOKEN (POST /v1/oauth/token), ou cochez l&apos;option ci-dessus.</translation>
    </message>
    <message>
        <source>@pipedream/sdk 3.x; run as an ES module with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>@pipedream/sdk 3.x ; à exécuter comme module ES avec PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET définis.</translation>
    </message>
    <message>
        <source>pipedream 2.x (pip install pipedream) with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>pipedream 2.x (pip install pipedream) avec PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET définis.</translation>
    </message>
    <message>
        <source>cURL command copied.</source>
        <translation>Commande cURL copiée.</translation>
    </message>
    <message>
        <source>TypeScript copied.</source>
        <translation>TypeScript copié.</translation>
    </message>
    <message>
        <source>Python copied.</source>
        <translation>Python copié.</translation>
    </message>
    <message>
        <source>Copy the request as a cURL command for bash</source>
        <translation>Copier la requête comme commande cURL pour bash</translation>
    </message>
    <message>
        <source>Copy the request as TypeScript for @pipedream/sdk</source>
        <translation>Copier la requête en TypeScript pour @pipedream/sdk</translation>
    </message>
    <message>
        <source>Copy the request as Python for the pipedream package</source>
        <translation>Copier la requête en Python pour le paquet pipedream</translation>
    </message>
    <message>
        <source>Show the request below as a cURL command</source>
        <translation>Afficher la requête ci-dessous en commande cURL</translation>
    </message>
    <message>
        <source>Show the request below as TypeScript</source>
        <translation>Afficher la requête ci-dessous en TypeScript</translation>
    </message>
    <message>
        <source>Show the request below as Python</source>
        <translation>Afficher la requête ci-dessous en Python</translation>
    </message>
    <message>
        <source>Start the command with the call that fetches an access token</source>
        <translation>Commencer la commande par l&apos;appel qui obtient un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Put this session&apos;s access token into the command; keep the command private</source>
        <translation>Mettre le jeton d&apos;accès de cette session dans la commande ; gardez la commande privée</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ConnectionStatusWidget</name>
    <message>
        <source>Stop watching</source>
        <translation>Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Stop watching for the customer&apos;s connection</source>
        <translation>Arrêter de surveiller la connexion du client</translation>
    </message>
    <message>
        <source>Connection status icon</source>
        <translation>Icône de l&apos;état de la connexion</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect…</source>
        <translation>En attente de la connexion du client…</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (checked %1)</source>
        <translation>En attente de la connexion du client… (vérifié %1)</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <translation>Connecté : %1 à %2</translation>
    </message>
    <message>
        <source>Expired without a connection</source>
        <translation>Expiré sans connexion</translation>
    </message>
    <message>
        <source>Cannot tell whether the customer connected: %1</source>
        <translation>Impossible de savoir si le client s&apos;est connecté : %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (the last check failed: %1 Trying again.)</source>
        <translation>En attente de la connexion du client… (la dernière vérification a échoué : %1 Nouvel essai.)</translation>
    </message>
    <message>
        <source>Customer connected %1</source>
        <translation>Le client a connecté %1</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 a connecté %2.</translation>
    </message>
    <message>
        <source>Connect Link expired</source>
        <translation>Connect Link expiré</translation>
    </message>
    <message>
        <source>The link for %1 expired without a connection.</source>
        <translation>Le lien pour %1 a expiré sans connexion.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>No longer watching for the customer&apos;s connection.</source>
        <translation>La connexion du client n&apos;est plus surveillée.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerDetail</name>
    <message>
        <source>Back to search</source>
        <translation>Retour à la recherche</translation>
    </message>
    <message>
        <source>Back to the customer search (Esc)</source>
        <translation>Retour à la recherche de clients (Échap)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask the server again (F5)</source>
        <translation>Interroger à nouveau le serveur (F5)</translation>
    </message>
    <message>
        <source>Only &amp;unhealthy or dead</source>
        <translation>Seulement en &amp;défaut ou mortes</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <source>Links made on this machine</source>
        <translation>Liens créés sur cette machine</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Links made for this customer on this machine</source>
        <translation>Liens créés pour ce client sur cette machine</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Make a Connect Link for this customer and the selected account&apos;s app</source>
        <translation>Créer un Connect Link pour ce client et l&apos;app du compte sélectionné</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Copier l&apos;ID du compte</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Supprimer le client…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n account(s) loaded; the rest could not be loaded: %1</source>
        <translation>
            <numerusform>%n compte chargé est affiché ; le reste n&apos;a pas pu être chargé : %1</numerusform>
            <numerusform>Les %n comptes chargés sont affichés ; le reste n&apos;a pas pu être chargé : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>Les comptes n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>%1 has no connected accounts.</source>
        <translation>%1 n&apos;a aucun compte connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande de l&apos;attention</numerusform>
            <numerusform>%n demandent de l&apos;attention</numerusform>
        </translation>
    </message>
    <message>
        <source>None is unhealthy or dead.</source>
        <translation>Aucun n&apos;est en défaut ni mort.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Mis à jour à %1.</translation>
    </message>
    <message>
        <source>Delete the selected account (Delete)</source>
        <translation>Supprimer le compte sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Delete this external user and all their accounts</source>
        <translation>Supprimer cet utilisateur externe et tous ses comptes</translation>
    </message>
    <message>
        <source>No link was made for this customer on this machine.</source>
        <translation>Aucun lien n&apos;a été créé pour ce client sur cette machine.</translation>
    </message>
    <message>
        <source>Account ID %1 copied.</source>
        <translation>ID du compte %1 copié.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerFinder</name>
    <message>
        <source>Search external user IDs</source>
        <translation>Rechercher des ID d&apos;utilisateurs externes</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Remove users…</source>
        <translation>Retirer des utilisateurs…</translation>
    </message>
    <message>
        <source>Choose a project in the link form (Ctrl+1) to find its customers.</source>
        <translation>Choisissez un projet dans le formulaire de lien (Ctrl+1) pour trouver ses clients.</translation>
    </message>
    <message>
        <source>Loading more customers…</source>
        <translation>Chargement d&apos;autres clients…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Showing the %1 customers loaded; the next page failed: %2</source>
        <translation>Les %1 clients chargés sont affichés ; la page suivante a échoué : %2</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No external users in this project and environment yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;utilisateurs externes dans ce projet et cet environnement.</translation>
    </message>
    <message>
        <source>No external user matches &quot;%1&quot;.</source>
        <translation>Aucun utilisateur externe ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers.</source>
        <translation>%1 clients affichés sur %2.</translation>
    </message>
    <message>
        <source>Showing the first %1 customers.</source>
        <translation>Les %1 premiers clients sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n client trouvé.</numerusform>
            <numerusform>%n clients trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This development project has reached its limit of %1 external users: links for new customers are refused. Remove users you no longer need.</source>
        <translation>Ce projet de développement a atteint sa limite de %1 utilisateurs externes : les liens pour de nouveaux clients sont refusés. Retirez les utilisateurs dont vous n&apos;avez plus besoin.</translation>
    </message>
    <message>
        <source>This development project has %1 of its %2 external users: links for new customers are refused beyond that.</source>
        <translation>Ce projet de développement compte %1 de ses %2 utilisateurs externes : au-delà, les liens pour de nouveaux clients sont refusés.</translation>
    </message>
    <message>
        <source>Select a user and press Delete.</source>
        <translation>Sélectionnez un utilisateur et appuyez sur Suppr.</translation>
    </message>
    <message>
        <source>Select a user you no longer need and press Delete.</source>
        <translation>Sélectionnez un utilisateur dont vous n&apos;avez plus besoin et appuyez sur Suppr.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerListModel</name>
    <message>
        <source>%1 — recent on this machine</source>
        <translation>%1 — récent sur cette machine</translation>
    </message>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — depuis le %2</translation>
    </message>
    <message>
        <source>New link for this customer: %1</source>
        <translation>Nouveau lien pour ce client : %1</translation>
    </message>
    <message>
        <source>No external user has this ID yet: make a Connect Link for them.</source>
        <translation>Aucun utilisateur externe n&apos;a encore cet ID : créez-lui un Connect Link.</translation>
    </message>
    <message>
        <source>Press Enter to see this customer&apos;s accounts.</source>
        <translation>Appuyez sur Entrée pour voir les comptes de ce client.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersMode</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersView</name>
    <message>
        <source>Audit log…</source>
        <translation>Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Customers of %1 in %2 (%3). Change the project or environment in the link form (Ctrl+1).</source>
        <translation>Clients de %1 en %2 (%3). Changez le projet ou l&apos;environnement dans le formulaire de lien (Ctrl+1).</translation>
    </message>
    <message>
        <source>No project chosen: pick one in the link form (Ctrl+1).</source>
        <translation>Aucun projet choisi : choisissez-en un dans le formulaire de lien (Ctrl+1).</translation>
    </message>
    <message>
        <source>Every deletion made on this machine</source>
        <translation>Chaque suppression faite sur cette machine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Another deletion is still on its way: wait for its answer.</source>
        <translation>Une autre suppression est encore en cours : attendez sa réponse.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Nothing was deleted: another deletion is on its way.</source>
        <translation>Rien n&apos;a été supprimé : une autre suppression est en cours.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeletionConfirmDialog</name>
    <message>
        <source>Delete External User</source>
        <translation>Supprimer l&apos;utilisateur externe</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete the external user %1 and every account they connected?</source>
        <translation>Supprimer l&apos;utilisateur externe %1 et tous les comptes qu&apos;il a connectés ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the external user %1 and their %n connected account(s)?</source>
        <translation>
            <numerusform>Supprimer l&apos;utilisateur externe %1 et son %n compte connecté ?</numerusform>
            <numerusform>Supprimer l&apos;utilisateur externe %1 et ses %n comptes connectés ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account %1 (%2) of %3?</source>
        <translation>Supprimer le compte %1 (%2) de %3 ?</translation>
    </message>
    <message>
        <source>Project %1, %2. This cannot be undone; it is written to the audit log.</source>
        <translation>Projet %1, %2. Cette action est irréversible ; elle est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>This is production: type the external user ID %1 to confirm.</source>
        <translation>Ceci est la production : saisissez l&apos;ID d&apos;utilisateur externe %1 pour confirmer.</translation>
    </message>
    <message>
        <source>External user ID to confirm</source>
        <translation>ID d&apos;utilisateur externe à confirmer</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable Delete.</source>
        <translation>Saisissez exactement %1 pour activer Supprimer.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DevText</name>
    <message>
        <source>Read-only text. Select with Shift and the arrow keys, copy with Ctrl+C; Tab moves on.</source>
        <translation>Texte en lecture seule. Sélectionnez avec Maj et les flèches, copiez avec Ctrl+C ; Tab passe à la suite.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperMode</name>
    <message>
        <source>Show the request, response, code export, call log, token check and presets</source>
        <translation>Afficher la requête, la réponse, l&apos;export de code, le journal des appels, la vérification de jeton et les préréglages</translation>
    </message>
    <message>
        <source>&amp;Developer mode</source>
        <translation>Mode &amp;développeur</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperPanel</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Call &amp;log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Check &amp;token</source>
        <translation>Vérifier le &amp;jeton</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Outils de développement</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperTools</name>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>No answer yet, retrying</source>
        <translation>Toujours pas de réponse, nouvel essai</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Nouvel essai : %1</translation>
    </message>
    <message>
        <source>Next try in %1…</source>
        <translation>Prochain essai dans %1…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryModel</name>
    <message>
        <source>Expires %1</source>
        <translation>Expire %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expiré %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Profile %1, project %2</source>
        <translation>Profil %1, projet %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>External user</source>
        <translation>Utilisateur externe</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires / connected</source>
        <translation>Expire / connecté</translation>
    </message>
    <message>
        <source>Sandbox (not real)</source>
        <translation>Bac à sable (pas réel)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Made in the built-in sandbox: the link never worked for a customer.</source>
        <translation>Créé dans le bac à sable intégré : le lien n&apos;a jamais fonctionné pour un client.</translation>
    </message>
    <message>
        <source>Made by Bulk create from CSV.</source>
        <translation>Créé par « Création en masse depuis un CSV ».</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryView</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Copy this Connect Link to the clipboard</source>
        <translation>Copier ce Connect Link dans le presse-papiers</translation>
    </message>
    <message>
        <source>Only a link whose token is still valid and unused can be copied</source>
        <translation>Seul un lien dont le jeton est encore valide et inutilisé peut être copié</translation>
    </message>
    <message>
        <source>This link can no longer be used: issue a new one.</source>
        <translation>Ce lien ne peut plus être utilisé : émettez-en un nouveau.</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>Connect Link pour %1 copié.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not export the history to &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;exporter l&apos;historique vers « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n lien exporté vers « %1 ».</numerusform>
            <numerusform>%n liens exportés vers « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>Copier l&apos;ID utilisateur externe</translation>
    </message>
    <message>
        <source>Issue Again</source>
        <translation>Émettre à nouveau</translation>
    </message>
    <message>
        <source>Export Shown Links as CSV…</source>
        <translation>Exporter les liens affichés en CSV…</translation>
    </message>
    <message>
        <source>A sandbox link is not real: copying it asks first</source>
        <translation>Un lien du bac à sable n&apos;est pas réel : une confirmation est demandée avant la copie</translation>
    </message>
    <message>
        <source>Sandbox Link</source>
        <translation>Lien du bac à sable</translation>
    </message>
    <message>
        <source>Copy a sandbox link for %1?</source>
        <translation>Copier un lien du bac à sable pour %1 ?</translation>
    </message>
    <message>
        <source>This link was made by the built-in sandbox, a stand-in for Pipedream on this computer. It is not real: it never works for a customer. Generate the link again with a real project.</source>
        <translation>Ce lien a été créé par le bac à sable intégré, un substitut de Pipedream sur cet ordinateur. Il n&apos;est pas réel : il ne fonctionne jamais pour un client. Générez le lien à nouveau avec un vrai projet.</translation>
    </message>
    <message>
        <source>Copy Anyway</source>
        <translation>Copier quand même</translation>
    </message>
    <message>
        <source>External user ID %1 copied.</source>
        <translation>ID utilisateur externe %1 copié.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::IssueAgain</name>
    <message>
        <source>Issue Again</source>
        <translation>Émettre à nouveau</translation>
    </message>
    <message>
        <source>Replace what is in the form?</source>
        <translation>Remplacer le contenu du formulaire ?</translation>
    </message>
    <message>
        <source>The form holds %1 (app: %2). Issue again fills it with the fields of the link for %3 (app: %4).</source>
        <translation>Le formulaire contient %1 (app : %2). « Émettre à nouveau » le remplit avec les champs du lien pour %3 (app : %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>The form was kept as it was.</source>
        <translation>Le formulaire est resté tel quel.</translation>
    </message>
    <message>
        <source>Form filled from history for %1: press Ctrl+Return to generate the link.</source>
        <translation>Formulaire rempli depuis l&apos;historique pour %1 : appuyez sur Ctrl+Return pour générer le lien.</translation>
    </message>
    <message>
        <source>Form filled from a sandbox link for %1, but the sandbox is not running: a new link would be made in %2. Check the project before you press Ctrl+Return.</source>
        <translation>Formulaire rempli depuis un lien du bac à sable pour %1, mais le bac à sable n&apos;est pas lancé : un nouveau lien serait créé dans %2. Vérifiez le projet avant d&apos;appuyer sur Ctrl+Return.</translation>
    </message>
    <message>
        <source>Form filled from history for %1, but its project %2 is not in the picker: the link would be made in %3. Check the project before you press Ctrl+Return.</source>
        <translation>Formulaire rempli depuis l&apos;historique pour %1, mais son projet %2 n&apos;est pas dans la liste : le lien serait créé dans %3. Vérifiez le projet avant d&apos;appuyer sur Ctrl+Return.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>ConnectDesk will follow the system language (%1) the next time it starts.</source>
        <translation>ConnectDesk suivra la langue du système (%1) au prochain démarrage.</translation>
    </message>
    <message>
        <source>ConnectDesk will use %1 the next time it starts.</source>
        <translation>ConnectDesk utilisera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LinkTroubleshooter</name>
    <message>
        <source>Check a lin&amp;k:</source>
        <translation>Vérifier un lie&amp;n :</translation>
    </message>
    <message>
        <source>Paste a Connect Link or a ctok_ token</source>
        <translation>Collez un Connect Link ou un jeton ctok_</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Diagnosis copied: paste it into the support ticket.</source>
        <translation>Diagnostic copié : collez-le dans le ticket de support.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::MainWindow</name>
    <message>
        <source>ConnectDesk</source>
        <translation>ConnectDesk</translation>
    </message>
    <message>
        <source>Server: built-in simulator at %1</source>
        <translation>Serveur : simulateur intégré sur %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the fields listed under Generate first.</source>
        <translation>Rien n&apos;a été envoyé : corrigez d&apos;abord les champs listés sous « Générer le lien ».</translation>
    </message>
    <message>
        <source>Creating a Connect token for %1…</source>
        <translation>Création d&apos;un jeton Connect pour %1…</translation>
    </message>
    <message>
        <source>Request canceled. Every field is kept.</source>
        <translation>Requête annulée. Tous les champs sont conservés.</translation>
    </message>
    <message>
        <source>No link was created. Every field is kept; fix the problem and generate again.</source>
        <translation>Aucun lien n&apos;a été créé. Tous les champs sont conservés ; corrigez le problème et générez à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Generate link</source>
        <translation>&amp;Générer le lien</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Générer le Connect Link</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Annuler la requête en cours (Échap)</translation>
    </message>
    <message>
        <source>Create the token and Connect Link (%1)</source>
        <translation>Créer le jeton et le Connect Link (%1)</translation>
    </message>
    <message>
        <source>Generate is disabled until:
• %1</source>
        <translation>Générer est désactivé tant que :
• %1</translation>
    </message>
    <message>
        <source>Before you can generate: %1</source>
        <translation>Avant de pouvoir générer : %1</translation>
    </message>
    <message>
        <source>Sandbox (links are not real)</source>
        <translation>Bac à sable (les liens ne sont pas réels)</translation>
    </message>
    <message>
        <source>Set up a project or try the sandbox first.</source>
        <translation>Configurez d&apos;abord un projet ou essayez le bac à sable.</translation>
    </message>
    <message>
        <source>Checking the app &quot;%1&quot;…</source>
        <translation>Vérification de l&apos;app « %1 »…</translation>
    </message>
    <message>
        <source>no answer yet, retrying (attempt %1)</source>
        <translation>pas encore de réponse, nouvel essai (tentative %1)</translation>
    </message>
    <message>
        <source>retrying (attempt %1)</source>
        <translation>nouvel essai (tentative %1)</translation>
    </message>
    <message numerus="yes">
        <source>Creating the token… %n s</source>
        <translation>
            <numerusform>Création du jeton… %n s</numerusform>
            <numerusform>Création du jeton… %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link for %1 ready. %2 copies it.</source>
        <translation>Lien pour %1 prêt. %2 le copie.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sandbox link for %1 ready: it is not real and works only in this app&apos;s simulator.</source>
        <translation>Lien du bac à sable pour %1 prêt : il n&apos;est pas réel et ne fonctionne que dans le simulateur de cette app.</translation>
    </message>
    <message numerus="yes">
        <source>Before you can generate, fix %n things. First: %1</source>
        <translation>
            <numerusform>Avant de générer, corrigez %n point. D&apos;abord : %1</numerusform>
            <numerusform>Avant de générer, corrigez %n points. D&apos;abord : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Link form</source>
        <translation>Formulaire de lien</translation>
    </message>
    <message>
        <source>Switch to the link form (Ctrl+1) to generate a link.</source>
        <translation>Passez au formulaire de lien (Ctrl+1) pour générer un lien.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::MainWindowTools</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Bulk create from CSV…</source>
        <translation>Création en &amp;lot depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;Projects and credentials…</source>
        <translation>&amp;Projets et identifiants…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Start a local stand-in for Pipedream; links it creates are not real.</source>
        <translation>Démarre un substitut local de Pipedream ; les liens qu’il crée ne sont pas réels.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox running at %1. Links it creates are not real.</source>
        <translation>Bac à sable actif sur %1. Les liens qu’il crée ne sont pas réels.</translation>
    </message>
    <message>
        <source>%1 connected an account.</source>
        <translation>%1 a connecté un compte.</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 a connecté %2.</translation>
    </message>
    <message>
        <source>&amp;Link form</source>
        <translation>&amp;Formulaire de lien</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>Cl&amp;ients</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OAuthClientPicker</name>
    <message>
        <source>Which OAuth client the customer authorizes: Pipedream&apos;s, or one of your project&apos;s own clients for this app (sent as oauth_app_id).</source>
        <translation>Le client OAuth que le client autorise : celui de Pipedream ou l&apos;un des clients propres à votre projet pour cette app (envoyé comme oauth_app_id).</translation>
    </message>
    <message>
        <source>Pipedream&apos;s default</source>
        <translation>Par défaut de Pipedream</translation>
    </message>
    <message>
        <source>Could not load the project&apos;s OAuth clients, so Pipedream&apos;s default is used: %1</source>
        <translation>Impossible de charger les clients OAuth du projet, celui de Pipedream par défaut est donc utilisé : %1</translation>
    </message>
    <message>
        <source>The project has no OAuth client %1 for this app; Pipedream&apos;s default is used.</source>
        <translation>Le projet n&apos;a pas de client OAuth %1 pour cette app ; celui de Pipedream par défaut est utilisé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OAuth client:</source>
        <translation>Client OAuth :</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsEditor</name>
    <message>
        <source>Edit allowed origin</source>
        <translation>Modifier l&apos;origine autorisée</translation>
    </message>
    <message>
        <source>Enter saves the origin, Escape cancels the edit.</source>
        <translation>Entrée enregistre l&apos;origine, Échap annule la modification.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n origin(s).</source>
        <translation>
            <numerusform>%n origine ajoutée.</numerusform>
            <numerusform>%n origines ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate(s) already in the list: %1.</source>
        <translation>
            <numerusform>%n doublon déjà présent dans la liste ignoré : %1.</numerusform>
            <numerusform>%n doublons déjà présents dans la liste ignorés : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n origin(s): %1.</source>
        <translation>
            <numerusform>%n origine supprimée : %1.</numerusform>
            <numerusform>%n origines supprimées : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An entry left empty is removed.</source>
        <translation>Une entrée laissée vide est supprimée.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Valid; it will be saved as %1.</source>
        <translation>Valide ; elle sera enregistrée sous la forme %1.</translation>
    </message>
    <message>
        <source>Valid origin.</source>
        <translation>Origine valide.</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) need fixing before a token can be created; the reason is shown beside each.</source>
        <translation>
            <numerusform>%n origine doit être corrigée avant de pouvoir créer un jeton ; la raison est indiquée à côté.</numerusform>
            <numerusform>%n origines doivent être corrigées avant de pouvoir créer un jeton ; la raison est indiquée à côté de chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n origin(s).</source>
        <translation>
            <numerusform>%n origine remise.</numerusform>
            <numerusform>%n origines remises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsModel</name>
    <message>
        <source>Valid origin: %1</source>
        <translation>Origine valide : %1</translation>
    </message>
    <message>
        <source>Valid origin</source>
        <translation>Origine valide</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The emptied entry %1 was removed.</source>
        <translation>L&apos;entrée vidée %1 a été supprimée.</translation>
    </message>
    <message>
        <source>%1 is already in the list; the duplicate was dropped.</source>
        <translation>%1 est déjà dans la liste ; le doublon a été ignoré.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::PresetBar</name>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>Pré&amp;réglage :</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nom du préréglage</translation>
    </message>
    <message>
        <source>Type a name to save the form</source>
        <translation>Saisissez un nom pour enregistrer le formulaire</translation>
    </message>
    <message>
        <source>with project ID</source>
        <translation>avec l&apos;ID du projet</translation>
    </message>
    <message>
        <source>Save the project ID with the preset. Never saved: the external user ID and anything secret.</source>
        <translation>Enregistrer l&apos;ID du projet avec le préréglage. Jamais enregistrés : l&apos;ID utilisateur externe et tout secret.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the form as a preset</source>
        <translation>Enregistrer le formulaire comme préréglage</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>C&amp;harger</translation>
    </message>
    <message>
        <source>Load the preset into the form</source>
        <translation>Charger le préréglage dans le formulaire</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; updated.</source>
        <translation>Préréglage « %1 » mis à jour.</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved.</source>
        <translation>Préréglage « %1 » enregistré.</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>Aucun préréglage ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; loaded; the external user ID was kept.</source>
        <translation>Préréglage « %1 » chargé ; l&apos;ID utilisateur externe a été conservé.</translation>
    </message>
    <message>
        <source>Preset renamed to &quot;%1&quot;.</source>
        <translation>Préréglage renommé en « %1 ».</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; deleted.</source>
        <translation>Préréglage « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Name of the preset (for example &quot;Slack onboarding — prod, 2 h, least scope&quot;):</source>
        <translation>Nom du préréglage (par exemple « Intégration Slack — prod, 2 h, portée minimale ») :</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Supprimer le préréglage « %1 » ?</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileDialog</name>
    <message>
        <source>%1 (IT)</source>
        <translation>%1 (informatique)</translation>
    </message>
    <message>
        <source>%1 — provided by your IT department (read-only)</source>
        <translation>%1 — fourni par votre service informatique (lecture seule)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>•••• kept for this session only — type to replace</source>
        <translation>•••• conservé pour cette session seulement — tapez pour remplacer</translation>
    </message>
    <message>
        <source>•••• stored — type to replace</source>
        <translation>•••• enregistré — tapez pour remplacer</translation>
    </message>
    <message>
        <source>Not stored — paste the client secret</source>
        <translation>Non enregistré — collez le secret client</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Storing the client secret…</source>
        <translation>Enregistrement du secret client…</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept for this session only and will be forgotten when ConnectDesk quits.</source>
        <translation>Enregistré. Le secret client n&apos;est conservé que pour cette session et sera oublié à la fermeture de ConnectDesk.</translation>
    </message>
    <message>
        <source>Saved. The client secret is in the OS keychain.</source>
        <translation>Enregistré. Le secret client est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The profile is saved, but its client secret is not: %1</source>
        <translation>Le profil est enregistré, mais pas son secret client : %1</translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy and save.</source>
        <translation>Dupliqué. Renommez la copie et enregistrez.</translation>
    </message>
    <message>
        <source>Duplicated, but its client secret was not copied: %1</source>
        <translation>Dupliqué, mais son secret client n&apos;a pas été copié : %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its client secret is removed from the keychain too.</source>
        <translation>Supprimer le profil « %1 » ? Son secret client est aussi retiré du trousseau.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted; its secret may remain in the keychain: %2</source>
        <translation>Profil « %1 » supprimé ; son secret peut rester dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be removed: %2

Delete the profile anyway? Its secret may then stay in the keychain.</source>
        <translation>Le secret client de « %1 » n&apos;a pas pu être retiré : %2

Supprimer le profil quand même ? Son secret pourrait rester dans le trousseau.</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Supprimer quand même</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Saisissez le secret client pour tester la connexion.</translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation>Lecture du secret client…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Client secrets are never exported.</source>
        <translation>
            <numerusform>%n profil exporté vers %1. Les secrets client ne sont jamais exportés.</numerusform>
            <numerusform>%n profils exportés vers %1. Les secrets client ne sont jamais exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Discard the unsaved changes?</source>
        <translation>Abandonner les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>Show or hide the typed client secret</source>
        <translation>Afficher ou masquer le secret client saisi</translation>
    </message>
    <message>
        <source>Hide the typed client secret</source>
        <translation>Masquer le secret client saisi</translation>
    </message>
    <message>
        <source>Show the typed client secret</source>
        <translation>Afficher le secret client saisi</translation>
    </message>
    <message>
        <source>no project ID</source>
        <translation>aucun ID de projet</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileFields</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileProjectSource</name>
    <message>
        <source>%1 (provided by IT)</source>
        <translation>%1 (fourni par l&apos;informatique)</translation>
    </message>
    <message>
        <source>Reading the client secret of &quot;%1&quot; from the keychain…</source>
        <translation>Lecture du secret client de « %1 » dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::QrCodeWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>QR code of the Connect Link</source>
        <translation>Code QR du Connect Link</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>Code QR enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1.</source>
        <translation>Impossible d&apos;enregistrer le code QR dans %1.</translation>
    </message>
    <message>
        <source>Save QR Code as PNG</source>
        <translation>Enregistrer le code QR en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save QR Code as SVG</source>
        <translation>Enregistrer le code QR en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>QR code copied as an image.</source>
        <translation>Code QR copié en tant qu&apos;image.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::RequestPreview</name>
    <message>
        <source>Request method, URL and headers</source>
        <translation>Méthode, URL et en-têtes de la requête</translation>
    </message>
    <message>
        <source>Body (pretty-printed for reading):</source>
        <translation>Corps (mis en forme pour la lecture) :</translation>
    </message>
    <message>
        <source>Request body, pretty-printed</source>
        <translation>Corps de la requête, mis en forme</translation>
    </message>
    <message>
        <source>Request body exactly as sent</source>
        <translation>Corps de la requête tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>Sent compact, only the fields that are set — exactly these %1 bytes (UTF-8):</source>
        <translation>Envoyé compact, seulement les champs définis — exactement ces %1 octets (UTF-8) :</translation>
    </message>
    <message>
        <source>Not sent as it stands — Generate refuses until these are fixed:
%1</source>
        <translation>Non envoyé en l&apos;état — Générer refuse tant que ceci n&apos;est pas corrigé :
%1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResponseView</name>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Body (pretty-printed):</source>
        <translation>Corps (mis en forme) :</translation>
    </message>
    <message>
        <source>No response yet. Generate a link, or double-click a call in the call log.</source>
        <translation>Pas encore de réponse. Générez un lien ou double-cliquez sur un appel du journal.</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Aucune réponse HTTP</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no retries</source>
        <translation>aucune nouvelle tentative</translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n nouvelle tentative</numerusform>
            <numerusform>%n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3 · %4 in total · %5 · %6</source>
        <translation>%1 %2 — %3 · %4 au total · %5 · %6</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>the window resets at %1</source>
        <translation>la fenêtre se réinitialise à %1</translation>
    </message>
    <message>
        <source>the server asks to wait %1 before retrying</source>
        <translation>le serveur demande d&apos;attendre %1 avant de réessayer</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Meaning: %1.</source>
        <translation>Signification : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln calls left</source>
        <translation>
            <numerusform>%1 appel restant sur %Ln</numerusform>
            <numerusform>%1 appels restants sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Requête envoyée :</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResultPane</name>
    <message>
        <source>This Connect Link has expired and is dead: a customer who opens it sees &quot;This link has expired&quot;. Do not send it.</source>
        <translation>Ce Connect Link a expiré et est mort : un client qui l&apos;ouvre voit « This link has expired ». Ne l&apos;envoyez pas.</translation>
    </message>
    <message>
        <source>Connect Link: %1</source>
        <translation>Connect Link : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no app chosen: the customer picks one</source>
        <translation>aucune app choisie : le client en choisit une</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired — dead link</source>
        <translation>Expiré — lien mort</translation>
    </message>
    <message>
        <source>Expired link (do not send):</source>
        <translation>Lien expiré (ne pas envoyer) :</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>Envoyez ce lien au client :</translation>
    </message>
    <message>
        <source>The Connect Link has expired.</source>
        <translation>Le Connect Link a expiré.</translation>
    </message>
    <message>
        <source>No Connect Link yet: generate one first.</source>
        <translation>Pas encore de Connect Link : générez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>The Connect Link has expired; generate a new one.</source>
        <translation>Le Connect Link a expiré ; générez-en un nouveau.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Could not open a browser; copy the link instead.</source>
        <translation>Impossible d&apos;ouvrir un navigateur ; copiez plutôt le lien.</translation>
    </message>
    <message>
        <source>Connect Link opened in the browser.</source>
        <translation>Connect Link ouvert dans le navigateur.</translation>
    </message>
    <message>
        <source>development</source>
        <comment>environment</comment>
        <translation>développement</translation>
    </message>
    <message>
        <source>production</source>
        <comment>environment</comment>
        <translation>production</translation>
    </message>
    <message>
        <source>Not sent: the link shown is the previous one, for %1, and a new one is being created.</source>
        <translation>Non envoyé : le lien affiché est le précédent, pour %1, et un nouveau est en cours de création.</translation>
    </message>
    <message>
        <source>Not sent: the link shown is for %1, not for what the form says now. Generate a new link first.</source>
        <translation>Non envoyé : le lien affiché est pour %1, pas pour ce qu&apos;indique maintenant le formulaire. Générez d&apos;abord un nouveau lien.</translation>
    </message>
    <message>
        <source>Not sent: %1 already used this link; it cannot connect another account. Generate a new one.</source>
        <translation>Non envoyé : %1 a déjà utilisé ce lien ; il ne peut pas connecter un autre compte. Générez-en un nouveau.</translation>
    </message>
    <message>
        <source>Development link — won&apos;t work for customers</source>
        <translation>Lien de développement — ne fonctionne pas pour les clients</translation>
    </message>
    <message>
        <source>Only for people signed in to pipedream.com (testing):</source>
        <translation>Uniquement pour les personnes connectées à pipedream.com (tests) :</translation>
    </message>
    <message>
        <source>Used — connected at %1</source>
        <translation>Utilisé — connecté à %1</translation>
    </message>
    <message>
        <source>Used — connected %1 at %2</source>
        <translation>Utilisé — %1 connecté à %2</translation>
    </message>
    <message>
        <source>Already used by %1 (do not send again):</source>
        <translation>Déjà utilisé par %1 (ne pas renvoyer) :</translation>
    </message>
    <message>
        <source>The customer connected with this link; it cannot be used again. For another account, generate a new link.</source>
        <translation>Le client s&apos;est connecté avec ce lien ; il ne peut pas être réutilisé. Pour un autre compte, générez un nouveau lien.</translation>
    </message>
    <message>
        <source>For %1, not the current form</source>
        <translation>Pour %1, pas pour le formulaire actuel</translation>
    </message>
    <message>
        <source>Previous link for %1 (a new one is being created; do not send):</source>
        <translation>Lien précédent pour %1 (un nouveau est en cours de création ; ne pas envoyer) :</translation>
    </message>
    <message>
        <source>Link for %1 only (the form names someone or something else; do not send):</source>
        <translation>Lien pour %1 uniquement (le formulaire indique quelqu&apos;un ou quelque chose d&apos;autre ; ne pas envoyer) :</translation>
    </message>
    <message>
        <source>Link for %1 copied.</source>
        <translation>Lien pour %1 copié.</translation>
    </message>
    <message>
        <source>Token for %1 copied.</source>
        <translation>Jeton pour %1 copié.</translation>
    </message>
    <message>
        <source>built-in sandbox (not real)</source>
        <translation>bac à sable intégré (pas réel)</translation>
    </message>
    <message>
        <source>Sandbox link — not real, do not send</source>
        <translation>Lien du bac à sable — pas réel, ne pas envoyer</translation>
    </message>
    <message>
        <source>Works only in this app&apos;s simulator, not for a customer:</source>
        <translation>Ne fonctionne que dans le simulateur de cette app, pas pour un client :</translation>
    </message>
    <message>
        <source>Made by the built-in sandbox: this link opens only the simulator inside this app, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>Créé par le bac à sable intégré : ce lien n&apos;ouvre que le simulateur de cette app, sur cet ordinateur, tant que le bac à sable tourne. Ne l&apos;envoyez pas à un client ; pour un client, générez le lien dans un vrai projet.</translation>
    </message>
    <message>
        <source>Sandbox link for %1 copied (not real: do not send it to a customer).</source>
        <translation>Lien du bac à sable pour %1 copié (pas réel : ne l&apos;envoyez pas à un client).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SandboxLauncher</name>
    <message>
        <source>Could not start the sandbox: no local port could be opened on 127.0.0.1.</source>
        <translation>Impossible de démarrer le bac à sable : aucun port local n’a pu être ouvert sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ScopePicker</name>
    <message>
        <source>Filter scopes</source>
        <translation>Filtrer les portées</translation>
    </message>
    <message>
        <source>Shows only the scopes whose name or description contains this text. Down arrow or Enter moves to the list.</source>
        <translation>N&apos;affiche que les portées dont le nom ou la description contient ce texte. La flèche bas ou Entrée passe à la liste.</translation>
    </message>
    <message>
        <source>Connect token scopes</source>
        <translation>Portées du jeton Connect</translation>
    </message>
    <message>
        <source>Space checks or unchecks the current scope. With none checked the token gets the server default, connect:*, which includes all the others.</source>
        <translation>Espace coche ou décoche la portée courante. Si aucune n&apos;est cochée, le jeton reçoit la valeur par défaut du serveur, connect:*, qui inclut toutes les autres.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unchecked %1: connect:* includes all of these.</source>
        <translation>Décochées : %1 ; connect:* les inclut toutes.</translation>
    </message>
    <message>
        <source>Checked again: %1.</source>
        <translation>Recochées : %1.</translation>
    </message>
    <message>
        <source>Unchecked connect:*: it includes every other scope, so it cannot be combined with %1.</source>
        <translation>connect:* décoché : il inclut toutes les autres portées et ne peut donc pas être combiné avec %1.</translation>
    </message>
    <message>
        <source>No scope checked: the token gets the server default, connect:* (everything under Connect).</source>
        <translation>Aucune portée cochée : le jeton reçoit la valeur par défaut du serveur, connect:* (tout Connect).</translation>
    </message>
    <message>
        <source>connect:* includes all of these; check narrower scopes instead to limit what the token can do.</source>
        <translation>connect:* inclut toutes celles-ci ; cochez plutôt des portées plus restreintes pour limiter ce que peut faire le jeton.</translation>
    </message>
    <message numerus="yes">
        <source>The token is limited to %n scope(s).</source>
        <translation>
            <numerusform>Le jeton est limité à %n portée.</numerusform>
            <numerusform>Le jeton est limité à %n portées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scope matches &quot;%1&quot;.</source>
        <translation>Aucune portée ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SharePanel</name>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>Copier le message avec le lien, prêt à coller dans une discussion ou un ticket</translation>
    </message>
    <message>
        <source>There is no link to share yet.</source>
        <translation>Il n&apos;y a pas encore de lien à partager.</translation>
    </message>
    <message>
        <source>This link has expired; generate a new one before sending it.</source>
        <translation>Ce lien a expiré ; générez-en un nouveau avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with the link.</source>
        <translation>Message « %1 » copié avec le lien.</translation>
    </message>
    <message>
        <source>Opened a new email in your mail program.</source>
        <translation>Nouvel e-mail ouvert dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>Ouvrir un nouvel e-mail dans votre logiciel de messagerie avec le message rempli</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>Afficher le lien sous forme de code QR que le client peut scanner à l&apos;écran</translation>
    </message>
    <message>
        <source>Hide &amp;QR code</source>
        <translation>Masquer le code &amp;QR</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>Afficher le code &amp;QR</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with a sandbox link (not real: do not send it to a customer).</source>
        <translation>Message « %1 » copié avec un lien du bac à sable (pas réel : ne l&apos;envoyez pas à un client).</translation>
    </message>
    <message>
        <source>No mail program could be opened on this computer. Copy the message instead and paste it into your mail or webmail.</source>
        <translation>Aucun logiciel de messagerie n&apos;a pu être ouvert sur cet ordinateur. Copiez plutôt le message et collez-le dans votre messagerie ou votre webmail.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::StatusLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TemplateEditorDialog</name>
    <message>
        <source>The message as the customer will see it.</source>
        <translation>Le message tel que le client le verra.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés : %1</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Un modèle nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>Espaces réservés inconnus : %1</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Objet : %1

%2</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They are sent exactly as typed; check the spelling (known: {link}, {app}, {external_user_id}, {expires_at}, {expires_in}).</source>
        <translation>Espaces réservés inconnus : %1. Ils sont envoyés tels quels ; vérifiez l&apos;orthographe (connus : {link}, {app}, {external_user_id}, {expires_at}, {expires_in}).</translation>
    </message>
    <message>
        <source>This template has no {link}: the customer would get no link.</source>
        <translation>Ce modèle n&apos;a pas de {link} : le client ne recevrait aucun lien.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenCheckView</name>
    <message>
        <source>Connect token to check</source>
        <translation>Jeton Connect à vérifier</translation>
    </message>
    <message>
        <source>app slug or ID, e.g. slack (optional)</source>
        <translation>slug ou ID de l&apos;app, par ex. slack (facultatif)</translation>
    </message>
    <message>
        <source>App to check the token against</source>
        <translation>App pour laquelle vérifier le jeton</translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation>&amp;Vérifier le jeton</translation>
    </message>
    <message>
        <source>Ask the server whether the token is still valid</source>
        <translation>Demander au serveur si le jeton est encore valide</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App :</translation>
    </message>
    <message>
        <source>Asks GET /v1/connect/tokens/{token}/validate whether a Connect Link still works.</source>
        <translation>Demande à GET /v1/connect/tokens/{token}/validate si un Connect Link fonctionne encore.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>Projet : %1 (%2)</translation>
    </message>
    <message>
        <source>External user ID: %1</source>
        <translation>ID utilisateur externe : %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire : %1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Le serveur a répondu : « %1 »</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenForm</name>
    <message>
        <source>Type the project ID; it starts with proj_.</source>
        <translation>Saisissez l&apos;ID du projet ; il commence par proj_.</translation>
    </message>
    <message>
        <source>Set by the &quot;%1&quot; project.</source>
        <translation>Défini par le projet « %1 ».</translation>
    </message>
    <message>
        <source>Hide advanced fields</source>
        <translation>Masquer les champs avancés</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>Afficher les champs avancés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Pipedream&apos;s servers cannot reach %1, so this webhook will get no events. Use an address on the internet (for example a tunnel to this computer).</source>
        <translation>Les serveurs de Pipedream ne peuvent pas joindre %1 : ce webhook ne recevra aucun événement. Utilisez une adresse sur Internet (par exemple un tunnel vers cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::WelcomePage</name>
    <message>
        <source>Welcome to ConnectDesk</source>
        <translation>Bienvenue dans ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk creates Pipedream Connect Links for your customers. Try it first in the sandbox — a built-in stand-in for Pipedream, no account needed, links are not real — or add your project with its OAuth client. The client secret is kept in your system&apos;s keychain.</source>
        <translation>ConnectDesk crée des Pipedream Connect Links pour vos clients. Essayez-le d&apos;abord dans le bac à sable — un substitut intégré de Pipedream, sans compte, aux liens non réels — ou ajoutez votre projet avec son client OAuth. Le secret client est conservé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>See the whole flow against a local simulator; nothing is sent to Pipedream.</source>
        <translation>Voir tout le parcours avec un simulateur local ; rien n&apos;est envoyé à Pipedream.</translation>
    </message>
    <message>
        <source>&amp;Add a project</source>
        <translation>&amp;Ajouter un projet</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Ajouter un projet</translation>
    </message>
    <message>
        <source>Create a profile with your project ID and OAuth client.</source>
        <translation>Créer un profil avec l&apos;ID de votre projet et votre client OAuth.</translation>
    </message>
    <message>
        <source>ConnectDesk</source>
        <translation>ConnectDesk</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::UserSearch</name>
    <message>
        <source>A search can be at most %1 characters long: no external user ID is longer.</source>
        <translation>Une recherche compte au plus %1 caractères : aucun ID d&apos;utilisateur externe n&apos;est plus long.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the client ID and secret.</source>
        <translation>Connecté : %1 a accepté l&apos;ID client et le secret.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>hours and minutes, abbreviated: &quot;3 h 59 min&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>vient d&apos;expirer</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré depuis %1</translation>
    </message>
    <message>
        <source>The link has expired.</source>
        <translation>Le lien a expiré.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s).</source>
        <translation>
            <numerusform>Expire dans %n minute.</numerusform>
            <numerusform>Expire dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n hour(s).</source>
        <translation>
            <numerusform>Expire dans %n heure.</numerusform>
            <numerusform>Expire dans %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires in %1 and %2.</source>
        <extracomment>&quot;Expires in 3 hours and 59 minutes.&quot;</extracomment>
        <translation>Expire dans %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the file could not be read (%2)</source>
        <translation>ligne %1 : impossible de lire le fichier (%2)</translation>
    </message>
    <message>
        <source>line %1: the file is not UTF-8 text</source>
        <translation>ligne %1 : le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>CsvRowSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first row must be a header with an external_user_id column (and optionally an app column).</source>
        <translation>La première ligne doit être un en-tête avec une colonne external_user_id (et éventuellement une colonne app).</translation>
    </message>
</context>
<context>
    <name>CustomerAccount</name>
    <message>
        <source>Healthy</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <source>Dead: must connect again</source>
        <translation>Mort : doit se reconnecter</translation>
    </message>
</context>
<context>
    <name>DeletionOutcome</name>
    <message>
        <source>Deleted the external user %1 and their accounts.</source>
        <translation>L&apos;utilisateur externe %1 et ses comptes ont été supprimés.</translation>
    </message>
    <message>
        <source>Deleted the account %1.</source>
        <translation>Le compte %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The external user %1 was already gone: nothing to delete.</source>
        <translation>L&apos;utilisateur externe %1 était déjà supprimé : rien à supprimer.</translation>
    </message>
    <message>
        <source>The account %1 was already gone: nothing to delete.</source>
        <translation>Le compte %1 était déjà supprimé : rien à supprimer.</translation>
    </message>
    <message>
        <source>The answer to the deletion of %1 was lost (%2). It may have happened: refresh to see before trying again.</source>
        <translation>La réponse à la suppression de %1 a été perdue (%2). Elle a peut-être eu lieu : actualisez pour vérifier avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n&apos;a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not allow deleting accounts or users.</source>
        <translation>Le profil « %1 » ne permet pas de supprimer des comptes ou des utilisateurs.</translation>
    </message>
    <message>
        <source>Nothing to delete: no ID was given.</source>
        <translation>Rien à supprimer : aucun ID n&apos;a été donné.</translation>
    </message>
</context>
<context>
    <name>DevLinkGuard</name>
    <message>
        <source>Share a development link?</source>
        <translation>Partager un lien de développement ?</translation>
    </message>
    <message>
        <source>This Connect Link was created in the development environment, so it will most likely not work for a customer: development allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. For a customer, generate the link in production.</source>
        <translation>Ce Connect Link a été créé dans l&apos;environnement de développement, il ne fonctionnera donc très probablement pas pour un client : le développement accepte au plus 10 utilisateurs externes, et la personne qui se connecte doit être connectée à pipedream.com dans le même navigateur. Pour un client, générez le lien en production.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again this session</source>
        <translation>Ne plus demander pendant cette session</translation>
    </message>
    <message>
        <source>Development link</source>
        <translation>Lien de développement</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Partager quand même</translation>
    </message>
    <message>
        <source>Share a sandbox link?</source>
        <translation>Partager un lien du bac à sable ?</translation>
    </message>
    <message>
        <source>This Connect Link was made by the built-in sandbox, a simulator inside this app. It is not real: it works only in this app&apos;s simulator, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>Ce Connect Link a été créé par le bac à sable intégré, un simulateur dans cette app. Il n&apos;est pas réel : il ne fonctionne que dans le simulateur de cette app, sur cet ordinateur, tant que le bac à sable tourne. Ne l&apos;envoyez pas à un client ; pour un client, générez le lien dans un vrai projet.</translation>
    </message>
    <message>
        <source>Development link: it will not work for a customer.</source>
        <translation>Lien de développement : il ne fonctionnera pas pour un client.</translation>
    </message>
    <message>
        <source>Sandbox link: not real, it works only in this app&apos;s simulator. Do not send it to a customer.</source>
        <translation>Lien du bac à sable : pas réel, il ne fonctionne que dans le simulateur de cette app. Ne l&apos;envoyez pas à un client.</translation>
    </message>
    <message>
        <source>Sandbox link</source>
        <translation>Lien du bac à sable</translation>
    </message>
</context>
<context>
    <name>ErrorPresentation</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Check the highlighted fields</source>
        <translation>Vérifiez les champs signalés</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Wrong client ID or secret</source>
        <translation>ID client ou secret incorrect</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Réponse inattendue du serveur</translation>
    </message>
    <message>
        <source>Cannot reach the server — offline?</source>
        <translation>Serveur injoignable — hors ligne ?</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>La connexion sécurisée a échoué</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Erreur TLS</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>La réponse était trop volumineuse</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>Le serveur a refusé la requête</translation>
    </message>
    <message>
        <source>Pipedream had a problem</source>
        <translation>Pipedream a rencontré un problème</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>La requête a échoué</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Vous pourrez réessayer dans %1.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <translation>Le serveur a répondu : « %1 ».</translation>
    </message>
    <message>
        <source>Rate limited by the server</source>
        <translation>Limité par le serveur</translation>
    </message>
    <message>
        <source>Check the project ID and the environment.</source>
        <translation>Vérifiez l&apos;ID du projet et l&apos;environnement.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation>Vérifiez les champs et réessayez.</translation>
    </message>
    <message>
        <source>If the request had already reached the server, a token may exist but was not shown; it expires on its own.</source>
        <translation>Si la requête avait déjà atteint le serveur, un jeton peut exister sans avoir été affiché ; il expire de lui-même.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open Projects and credentials</source>
        <translation>Ouvrir Projets et identifiants</translation>
    </message>
</context>
<context>
    <name>ExtraCaCertificates</name>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2 : %3</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>no PEM certificate in the file.</source>
        <translation>aucun certificat PEM dans le fichier.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Use the built-in simulator.</source>
        <translation>Utiliser le simulateur intégré.</translation>
    </message>
    <message>
        <source>Build and render the window once, then exit.</source>
        <translation>Construire et afficher la fenêtre une fois, puis quitter.</translation>
    </message>
    <message>
        <source>Connect API base URL.</source>
        <translation>URL de base de la Connect API.</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>Langue de l&apos;interface.</translation>
    </message>
    <message>
        <source>--api-base-url needs an http(s) URL, got &quot;%1&quot;.</source>
        <translation>--api-base-url attend une URL http(s), reçu « %1 ».</translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>--lang : aucune traduction pour « %1 » ; disponibles : %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Message de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>External user or app</source>
        <translation>Utilisateur externe ou app</translation>
    </message>
    <message>
        <source>Search history by external user or app</source>
        <translation>Rechercher dans l&apos;historique par utilisateur externe ou app</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Show links in this state</source>
        <translation>Afficher les liens dans cet état</translation>
    </message>
    <message>
        <source>Generated links</source>
        <translation>Liens générés</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Copy the selected Connect Link</source>
        <translation>Copier le Connect Link sélectionné</translation>
    </message>
    <message>
        <source>&amp;Issue again</source>
        <translation>&amp;Émettre à nouveau</translation>
    </message>
    <message>
        <source>Issue a new link with the same fields</source>
        <translation>Émettre un nouveau lien avec les mêmes champs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the shown history as CSV</source>
        <translation>Exporter l&apos;historique affiché en CSV</translation>
    </message>
    <message>
        <source>Show only links that are active, connected, expired or failed</source>
        <translation>Afficher seulement les liens actifs, connectés, expirés ou en échec</translation>
    </message>
    <message>
        <source>Links created on this computer and their state</source>
        <translation>Liens créés sur cet ordinateur et leur état</translation>
    </message>
    <message>
        <source>Create a new link with the same fields for the same customer</source>
        <translation>Créer un nouveau lien avec les mêmes champs pour le même client</translation>
    </message>
    <message>
        <source>Save the links shown in the table as a CSV file</source>
        <translation>Enregistrer les liens affichés dans le tableau en fichier CSV</translation>
    </message>
</context>
<context>
    <name>LinkDiagnosis</name>
    <message>
        <source>The link works: it is unused and not expired. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>Le lien fonctionne : il n&apos;a pas servi et n&apos;a pas expiré. Le client peut l&apos;ouvrir maintenant ; s&apos;il dit qu&apos;il ne marche pas, vérifiez l&apos;app et son navigateur.</translation>
    </message>
    <message>
        <source>The link works: it is unused and valid until %1. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>Le lien fonctionne : il n&apos;a pas servi et reste valable jusqu&apos;à %1. Le client peut l&apos;ouvrir maintenant ; s&apos;il dit qu&apos;il ne marche pas, vérifiez l&apos;app et son navigateur.</translation>
    </message>
    <message>
        <source>This is a development link: it works only for the project&apos;s developers, not for a customer. Create a production link for the customer.</source>
        <translation>C&apos;est un lien de développement : il ne fonctionne que pour les développeurs du projet, pas pour un client. Créez un lien de production pour le client.</translation>
    </message>
    <message>
        <source>This link was made in ConnectDesk&apos;s built-in sandbox: it never worked for anyone. Create a real link with a project profile.</source>
        <translation>Ce lien a été créé dans le bac à sable intégré de ConnectDesk : il n&apos;a jamais fonctionné pour personne. Créez un vrai lien avec un profil de projet.</translation>
    </message>
    <message>
        <source>The link has expired: Connect Links are short-lived. Issue a new link and ask the customer to open it right away.</source>
        <translation>Le lien a expiré : les Connect Links ont une courte durée de vie. Émettez un nouveau lien et demandez au client de l&apos;ouvrir tout de suite.</translation>
    </message>
    <message>
        <source>The link was used and it worked: %1 (%2) is connected and healthy. A link works only once; if the customer needs another account, create a new link.</source>
        <translation>Le lien a été utilisé et a fonctionné : %1 (%2) est connecté et opérationnel. Un lien ne fonctionne qu&apos;une fois ; si le client a besoin d&apos;un autre compte, créez un nouveau lien.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The link was already used. This machine did not make it, so the customer is unknown: find them in Customers to see their accounts.</source>
        <translation>Le lien a déjà été utilisé. Cet ordinateur ne l&apos;a pas créé, le client est donc inconnu : cherchez-le dans Clients pour voir ses comptes.</translation>
    </message>
    <message>
        <source>The link was already used, but the customer has no %1 account now: it may have been deleted. Create a new link.</source>
        <translation>Le lien a déjà été utilisé, mais le client n&apos;a plus de compte %1 : il a peut-être été supprimé. Créez un nouveau lien.</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>correspondant</translation>
    </message>
    <message>
        <source>The server does not know this token: it may be mistyped or cut off, or it belongs to another project or environment. Ask the customer to paste the whole link.</source>
        <translation>Le serveur ne connaît pas ce jeton : il est peut-être mal saisi ou tronqué, ou appartient à un autre projet ou environnement. Demandez au client de coller le lien entier.</translation>
    </message>
    <message>
        <source>The token is fine but the link names an app that does not exist (&quot;%1&quot;). Create a new link with the right app.</source>
        <translation>Le jeton est correct, mais le lien nomme une app qui n&apos;existe pas (« %1 »). Créez un nouveau lien avec la bonne app.</translation>
    </message>
    <message>
        <source>The link could not be checked: %1</source>
        <translation>Le lien n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is dead: &quot;%2&quot;. Ask the customer to connect again with a new link.</source>
        <translation>Le lien a fonctionné, mais le compte %1 est mort : « %2 ». Demandez au client de se reconnecter avec un nouveau lien.</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is unhealthy: &quot;%2&quot;. Pipedream keeps retrying; if it stays so, ask the customer to connect again with a new link.</source>
        <translation>Le lien a fonctionné, mais le compte %1 est en erreur : « %2 ». Pipedream continue d&apos;essayer ; si cela persiste, demandez au client de se reconnecter avec un nouveau lien.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ConnectDesk</source>
        <translation>ConnectDesk</translation>
    </message>
    <message>
        <source>&amp;Generate link</source>
        <translation>&amp;Générer le lien</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Générer le Connect Link</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Copy Connect &amp;Link</source>
        <translation>Copier le Connect &amp;Link</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>&amp;Open link in browser</source>
        <translation>&amp;Ouvrir le lien dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;About ConnectDesk</source>
        <translation>À &amp;propos de ConnectDesk</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>the Connect Link</source>
        <translation>le Connect Link</translation>
    </message>
    <message>
        <source>the app&apos;s name (Slack), or its slug</source>
        <translation>le nom de l&apos;app (Slack) ou son slug</translation>
    </message>
    <message>
        <source>the customer&apos;s external user ID</source>
        <translation>l&apos;ID utilisateur externe du client</translation>
    </message>
    <message>
        <source>when the link expires, as a date and time</source>
        <translation>quand le lien expire, sous forme de date et d&apos;heure</translation>
    </message>
    <message>
        <source>how long the link is still valid (3 hours 59 minutes)</source>
        <translation>combien de temps le lien reste valable (3 heures 59 minutes)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Your link to connect {app}</source>
        <translation>Votre lien pour connecter {app}</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Here is your secure link to connect {app}: {link}
It works once and expires in {expires_in} ({expires_at}).</source>
        <translation>Voici votre lien sécurisé pour connecter {app} : {link}
Il fonctionne une fois et expire dans {expires_in} ({expires_at}).</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Ticket d&apos;assistance</translation>
    </message>
    <message>
        <source>Hi,

Please use the link below to connect {app}. It can be used once and is valid until {expires_at}.

{link}

If the link has expired before you get to it, reply to this ticket and we will send a fresh one.

Reference: {external_user_id}</source>
        <translation>Bonjour,

Utilisez le lien ci-dessous pour connecter {app}. Il ne peut être utilisé qu&apos;une fois et reste valable jusqu&apos;au {expires_at}.

{link}

Si le lien a expiré avant que vous ne l&apos;utilisiez, répondez à ce ticket et nous vous en enverrons un nouveau.

Référence : {external_user_id}</translation>
    </message>
    <message>
        <source>Link only</source>
        <translation>Lien seul</translation>
    </message>
    <message>
        <source>your app</source>
        <extracomment>{app} when no app was chosen: &quot;connect your app&quot;</extracomment>
        <translation>votre app</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <extracomment>{expires_at}: &quot;Saturday, 28 November 2026 at 16:02 UTC&quot; (date, time, time zone)</extracomment>
        <translation>%1 à %2 %3</translation>
    </message>
    <message>
        <source>already expired</source>
        <translation>déjà expiré</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln heures</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln minutes</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>{expires_in}: &quot;3 hours 59 minutes&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hello,

To finish setting up the integration, please open this secure link and connect {app}:

{link}

The link can be used once and is valid until {expires_at}. If it has expired by the time you open it, reply to this email and we will send you a new one.

Thank you!</source>
        <translation>Bonjour,

Pour terminer la configuration de l&apos;intégration, ouvrez ce lien sécurisé et connectez {app} :

{link}

Le lien ne peut être utilisé qu&apos;une fois et reste valable jusqu&apos;au {expires_at}. S&apos;il a expiré lorsque vous l&apos;ouvrez, répondez à cet e-mail et nous vous en enverrons un nouveau.

Merci !</translation>
    </message>
</context>
<context>
    <name>OriginsEditor</name>
    <message>
        <source>Type an origin such as https://app.example.com and press Enter. Paste several at once with Ctrl+V.</source>
        <translation>Saisissez une origine comme https://app.example.com et appuyez sur Entrée. Collez-en plusieurs à la fois avec Ctrl+V.</translation>
    </message>
    <message>
        <source>New allowed origin</source>
        <translation>Nouvelle origine autorisée</translation>
    </message>
    <message>
        <source>An origin is scheme://host[:port] with no path. Press Enter to add it to the list; pasting several lines, commas or spaces adds each one.</source>
        <translation>Une origine est de la forme schéma://hôte[:port] sans chemin. Entrée l&apos;ajoute à la liste ; coller plusieurs lignes, virgules ou espaces ajoute chacune.</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>Add the typed origin (Enter)</source>
        <translation>Ajouter l&apos;origine saisie (Entrée)</translation>
    </message>
    <message>
        <source>Add origin</source>
        <translation>Ajouter l&apos;origine</translation>
    </message>
    <message>
        <source>Adds the typed origin to the list of allowed origins.</source>
        <translation>Ajoute l&apos;origine saisie à la liste des origines autorisées.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit an origin; Delete removes the selected ones; Ctrl+V pastes several.</source>
        <translation>Double-clic ou F2 pour modifier une origine ; Suppr retire celles sélectionnées ; Ctrl+V en colle plusieurs.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>Origins allowed to use the token from a browser, each with its check result. F2 edits the current origin, Delete removes the selected ones, Ctrl+V pastes several from the clipboard.</source>
        <translation>Origines autorisées à utiliser le jeton depuis un navigateur, chacune avec son résultat de vérification. F2 modifie l&apos;origine courante, Suppr retire celles sélectionnées, Ctrl+V en colle plusieurs depuis le presse-papiers.</translation>
    </message>
    <message>
        <source>Remove the selected origins (Delete)</source>
        <translation>Retirer les origines sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Remove selected origins</source>
        <translation>Retirer les origines sélectionnées</translation>
    </message>
    <message>
        <source>Removes the selected origins from the list.</source>
        <translation>Retire de la liste les origines sélectionnées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add every origin on the clipboard: one per line, or separated by commas or spaces (Ctrl+V in the list)</source>
        <translation>Ajouter chaque origine du presse-papiers : une par ligne, ou séparées par des virgules ou des espaces (Ctrl+V dans la liste)</translation>
    </message>
    <message>
        <source>Paste origins</source>
        <translation>Coller des origines</translation>
    </message>
    <message>
        <source>Adds each origin on the clipboard; lines, commas and spaces separate them.</source>
        <translation>Ajoute chaque origine du presse-papiers ; lignes, virgules et espaces les séparent.</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>Coller des lignes</translation>
    </message>
</context>
<context>
    <name>PastedLink</name>
    <message>
        <source>Paste a Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) or a Connect token (ctok_...).</source>
        <translation>Collez un Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) ou un jeton Connect (ctok_...).</translation>
    </message>
    <message>
        <source>This looks like a cut-off Connect token: a token is &quot;ctok_&quot; followed by at least 8 letters and digits. Paste the whole link.</source>
        <translation>On dirait un jeton Connect tronqué : un jeton est « ctok_ » suivi d&apos;au moins 8 lettres et chiffres. Collez le lien entier.</translation>
    </message>
    <message>
        <source>This is not a Connect Link or token. Expected a link like https://pipedream.com/_static/connect.html?token=ctok_... or a token starting with &quot;ctok_&quot;.</source>
        <translation>Ce n&apos;est ni un Connect Link ni un jeton. Attendu : un lien comme https://pipedream.com/_static/connect.html?token=ctok_... ou un jeton commençant par « ctok_ ».</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Environnement par défaut</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Portée d&apos;accès</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is %2.</source>
        <translation>Le nom fait %1 caractères ; la limite est de %2.</translation>
    </message>
    <message>
        <source>The name contains a line break, tab or other control character.</source>
        <translation>Le nom contient un saut de ligne, une tabulation ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID (from Pipedream&apos;s API settings).</source>
        <translation>Saisissez l&apos;ID client OAuth (dans les paramètres API de Pipedream).</translation>
    </message>
    <message>
        <source>A client ID has no spaces or line breaks; check that it was pasted whole.</source>
        <translation>Un ID client ne contient ni espace ni saut de ligne ; vérifiez qu&apos;il a été collé en entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; separate scopes such as connect:tokens:create with spaces.</source>
        <translation>« %1 » n&apos;est pas une portée ; séparez les portées comme connect:tokens:create par des espaces.</translation>
    </message>
    <message>
        <source>The API base URL must be an absolute http(s) address such as https://api.pipedream.com: %1</source>
        <translation>L&apos;URL de base de l&apos;API doit être une adresse http(s) absolue comme https://api.pipedream.com : %1</translation>
    </message>
    <message>
        <source>The API base URL must not carry a user name, password, query or fragment.</source>
        <translation>L&apos;URL de base de l&apos;API ne doit contenir ni nom d&apos;utilisateur, ni mot de passe, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; was ignored: secrets are never imported; enter the client secret in ConnectDesk.</source>
        <translation>Le champ « %1 » a été ignoré : les secrets ne sont jamais importés ; saisissez le secret client dans ConnectDesk.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>P&amp;rofiles:</source>
        <translation>P&amp;rofils :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import profiles from JSON</source>
        <translation>Importer des profils depuis un JSON</translation>
    </message>
    <message>
        <source>Adds profiles from a JSON export. Secrets are never imported.</source>
        <translation>Ajoute des profils depuis un export JSON. Les secrets ne sont jamais importés.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export profiles to JSON</source>
        <translation>Exporter les profils en JSON</translation>
    </message>
    <message>
        <source>Writes every profile to a JSON file — never the client secrets.</source>
        <translation>Écrit chaque profil dans un fichier JSON — jamais les secrets client.</translation>
    </message>
    <message>
        <source>Provided by your IT department: read-only. You can store your client secret for it, or duplicate it to make changes.</source>
        <translation>Fourni par votre service informatique : lecture seule. Vous pouvez y enregistrer votre secret client, ou le dupliquer pour le modifier.</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Profil en lecture seule</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <source>Keep for this &amp;session only</source>
        <translation>Conserver pour cette &amp;session uniquement</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Conserver le secret pour cette session uniquement</translation>
    </message>
    <message>
        <source>Keeps the client secret in memory until ConnectDesk quits; it is never written anywhere.</source>
        <translation>Garde le secret client en mémoire jusqu&apos;à la fermeture de ConnectDesk ; il n&apos;est jamais écrit nulle part.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>par ex. Acme production</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID du &amp;projet :</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>proj_...</source>
        <translation>proj_...</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>&amp;Environnement par défaut :</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Environnement par défaut</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>From Pipedream&apos;s API settings</source>
        <translation>Dans les paramètres API de Pipedream</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Stored in the OS keychain</source>
        <translation>Enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Stored in the OS keychain — never in settings, exports or logs.</source>
        <translation>Enregistré dans le trousseau du système — jamais dans les paramètres, les exports ou les journaux.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Access &amp;scope:</source>
        <translation>&amp;Portée d&apos;accès :</translation>
    </message>
    <message>
        <source>Access-token scope</source>
        <translation>Portée du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>connect:tokens:create connect:users:read connect:accounts:read</source>
        <translation>connect:tokens:create connect:users:read connect:accounts:read</translation>
    </message>
    <message>
        <source>Optional: ask only for what this profile needs (space-separated). Empty means every scope.</source>
        <translation>Facultatif : ne demandez que ce dont ce profil a besoin (séparé par des espaces). Vide signifie toutes les portées.</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API :</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>https://api.pipedream.com</source>
        <translation>https://api.pipedream.com</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Fetches an access token with this client ID and secret.</source>
        <translation>Obtient un jeton d&apos;accès avec cet ID client et ce secret.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Rétablir les modifications</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Your profiles and those provided by IT. The selected one is shown on the right.</source>
        <translation>Vos profils et ceux fournis par l&apos;informatique. Celui sélectionné est affiché à droite.</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>Commencer un nouveau profil vide</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its stored client secret</source>
        <translation>Copier le profil sélectionné, y compris son secret client enregistré</translation>
    </message>
    <message>
        <source>Delete the selected profile and its client secret in the keychain</source>
        <translation>Supprimer le profil sélectionné et son secret client du trousseau</translation>
    </message>
    <message>
        <source>The environment new links use unless the form says otherwise</source>
        <translation>L&apos;environnement utilisé par les nouveaux liens, sauf indication contraire du formulaire</translation>
    </message>
    <message>
        <source>Undo the changes made since the last save</source>
        <translation>Annuler les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>Save the profile; the client secret goes to the OS keychain</source>
        <translation>Enregistrer le profil ; le secret client va dans le trousseau du système</translation>
    </message>
    <message>
        <source>Allow deleting customers&apos; accounts and &amp;users</source>
        <translation>Autoriser la suppression des comptes et &amp;utilisateurs des clients</translation>
    </message>
    <message>
        <source>Off for a support profile that may create links but must not delete anything in the Customers view or with connectdesk accounts/users delete.</source>
        <translation>Désactivé pour un profil de support qui peut créer des liens mais ne doit rien supprimer dans la vue Clients ni avec connectdesk accounts/users delete.</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>No OAuth client for this project: add it under Tools &gt; Projects and credentials (Ctrl+,), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET before starting ConnectDesk. Tools &gt; Try the sandbox shows the whole flow without an account.</source>
        <translation>Aucun client OAuth pour ce projet : ajoutez-le dans Outils &gt; Projets et identifiants (Ctrl+,), ou définissez PIPEDREAM_CLIENT_ID et PIPEDREAM_CLIENT_SECRET avant de lancer ConnectDesk. Outils &gt; Essayer le bac à sable montre tout le parcours sans compte.</translation>
    </message>
    <message>
        <source>PIPEDREAM_* variables</source>
        <translation>Variables PIPEDREAM_*</translation>
    </message>
    <message>
        <source>Other project (type its ID; client from PIPEDREAM_CLIENT_ID)</source>
        <translation>Autre projet (saisir son ID ; client de PIPEDREAM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>Other project (type its ID; no OAuth client set)</source>
        <translation>Autre projet (saisir son ID ; aucun client OAuth défini)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>Il n&apos;y a rien à encoder.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n bytes).</source>
        <translation>
            <numerusform>Le texte est trop long pour un code QR (%n octet).</numerusform>
            <numerusform>Le texte est trop long pour un code QR (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>Impossible de créer le code QR.</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <source>Connect Link</source>
        <translation>Connect Link</translation>
    </message>
    <message>
        <source>No link yet. Type the customer&apos;s external user ID, pick the app, then press Generate (Ctrl+Return).</source>
        <translation>Pas encore de lien. Saisissez l&apos;ID utilisateur externe du client, choisissez l&apos;app, puis appuyez sur « Générer le lien » (Ctrl+Retour).</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>Envoyez ce lien au client :</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Copy the Connect Link</source>
        <translation>Copier le Connect Link</translation>
    </message>
    <message>
        <source>Copy the Connect Link (Ctrl+Shift+C)</source>
        <translation>Copier le Connect Link (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Open the Connect Link in the browser</source>
        <translation>Ouvrir le Connect Link dans le navigateur</translation>
    </message>
    <message>
        <source>Generate a new link with the same fields</source>
        <translation>Générer un nouveau lien avec les mêmes champs</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Expires at:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>Connect token</source>
        <translation>Jeton Connect</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Created for:</source>
        <translation>Créé pour :</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Open the Connect Link in the default web browser</source>
        <translation>Ouvrir le Connect Link dans le navigateur par défaut</translation>
    </message>
    <message>
        <source>Create a new token and link with the same external user ID, app and options</source>
        <translation>Créer un nouveau jeton et un nouveau lien avec le même ID utilisateur externe, la même app et les mêmes options</translation>
    </message>
    <message>
        <source>The Connect token, read-only. The link already contains it; copy it only for API work.</source>
        <translation>Le jeton Connect, en lecture seule. Le lien le contient déjà ; copiez-le uniquement pour travailler avec l&apos;API.</translation>
    </message>
    <message>
        <source>Copy the Connect token to the clipboard</source>
        <translation>Copier le jeton Connect dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Generate a new link with the sa&amp;me fields</source>
        <translation>Générer un nouveau lien avec les &amp;mêmes champs</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Jeton :</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <source>Everything under Connect (the server default)</source>
        <translation>Tout ce qui relève de Connect (valeur par défaut du serveur)</translation>
    </message>
    <message>
        <source>Run Connect actions</source>
        <translation>Exécuter des actions Connect</translation>
    </message>
    <message>
        <source>Connect triggers</source>
        <translation>Déclencheurs Connect</translation>
    </message>
    <message>
        <source>List and fetch the user&apos;s connected accounts</source>
        <translation>Lister et récupérer les comptes connectés de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Create or remove connected accounts</source>
        <translation>Créer ou supprimer des comptes connectés</translation>
    </message>
    <message>
        <source>Read deployed triggers, their events and webhooks</source>
        <translation>Lire les déclencheurs déployés, leurs événements et webhooks</translation>
    </message>
    <message>
        <source>Modify or delete deployed triggers</source>
        <translation>Modifier ou supprimer des déclencheurs déployés</translation>
    </message>
    <message>
        <source>Usage records for a time window</source>
        <translation>Relevés d&apos;utilisation sur une période</translation>
    </message>
    <message>
        <source>List and fetch external users</source>
        <translation>Lister et récupérer les utilisateurs externes</translation>
    </message>
    <message>
        <source>Delete external users</source>
        <translation>Supprimer des utilisateurs externes</translation>
    </message>
    <message>
        <source>Create Connect tokens</source>
        <translation>Créer des jetons Connect</translation>
    </message>
    <message>
        <source>Call the Connect proxy</source>
        <translation>Appeler le proxy Connect</translation>
    </message>
    <message>
        <source>Invoke workflows on the user&apos;s behalf</source>
        <translation>Appeler des workflows au nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read projects</source>
        <translation>Lire les projets</translation>
    </message>
    <message>
        <source>Modify projects</source>
        <translation>Modifier les projets</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No client secret is kept for this profile in this session; enter it in the profile settings.</source>
        <translation>Aucun secret client n&apos;est conservé pour ce profil dans cette session ; saisissez-le dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile; enter it in the profile settings.</source>
        <translation>Aucun secret client n&apos;est enregistré pour ce profil ; saisissez-le dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>The client secret stored for this profile is no longer in the keychain: it was removed outside ConnectDesk, or its keyring is locked. Unlock the keyring or enter the secret again.</source>
        <translation>Le secret client enregistré pour ce profil n&apos;est plus dans le trousseau : il a été supprimé hors de ConnectDesk, ou le trousseau est verrouillé. Déverrouillez le trousseau ou saisissez à nouveau le secret.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the client secret cannot be stored safely. Start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or keep the secret for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1) : le secret client ne peut pas être enregistré en sécurité. Démarrez le trousseau de votre bureau (GNOME Keyring, KWallet ou un autre Secret Service), ou conservez le secret pour cette session uniquement.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>aucun Secret Service n&apos;a répondu</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by logging in to your desktop keyring) and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès. Déverrouillez-le (par exemple en vous connectant au trousseau de votre bureau) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>Le trousseau a signalé une erreur : %1.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>The keyring is locked: unlock it and try again.</source>
        <translation>Le trousseau est verrouillé : déverrouillez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>Share the Connect Link</source>
        <translation>Partager le Connect Link</translation>
    </message>
    <message>
        <source>The template used by Copy as Message and Email</source>
        <translation>Le modèle utilisé par Copier comme message et E-mail</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modèle de message</translation>
    </message>
    <message>
        <source>Edit message templates</source>
        <translation>Modifier les modèles de message</translation>
    </message>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>Copier le message avec le lien, prêt à coller dans une discussion ou un ticket</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>Copier comme message</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>Ouvrir un nouvel e-mail dans votre logiciel de messagerie avec le message rempli</translation>
    </message>
    <message>
        <source>Email the link</source>
        <translation>Envoyer le lien par e-mail</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>Afficher le lien sous forme de code QR que le client peut scanner à l&apos;écran</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>État du partage</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Enregistrer le code QR en image PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Enregistrer le code QR en image SVG</translation>
    </message>
    <message>
        <source>Add, rename or change the message templates</source>
        <translation>Ajouter, renommer ou modifier les modèles de message</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <source>Copy as me&amp;ssage</source>
        <translation>Copier comme me&amp;ssage</translation>
    </message>
    <message>
        <source>Ema&amp;il…</source>
        <translation>E-ma&amp;il…</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>Afficher le code &amp;QR</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <source>Copy message instead</source>
        <translation>Copier le message à la place</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard, to paste it into your mail or webmail</source>
        <translation>Copier le message dans le presse-papiers pour le coller dans votre messagerie ou votre webmail</translation>
    </message>
    <message>
        <source>Copy the QR code as an image, to paste into a chat or a document</source>
        <translation>Copier le code QR comme image, pour le coller dans une discussion ou un document</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>Copier le code QR comme image</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Modèles de message</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Modèles :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Reset the templates to the defaults</source>
        <translation>Rétablir les modèles par défaut</translation>
    </message>
    <message>
        <source>&amp;Subject (email only):</source>
        <translation>&amp;Objet (e-mail uniquement) :</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Insert a placeholder</source>
        <translation>Insérer un espace réservé</translation>
    </message>
    <message>
        <source>Template warning</source>
        <translation>Avertissement du modèle</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu :</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>The message templates; pick one to edit it below.</source>
        <translation>Les modèles de message ; choisissez-en un pour le modifier ci-dessous.</translation>
    </message>
    <message>
        <source>Add a new template</source>
        <translation>Ajouter un nouveau modèle</translation>
    </message>
    <message>
        <source>Rename the selected template</source>
        <translation>Renommer le modèle sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Supprimer le modèle sélectionné</translation>
    </message>
    <message>
        <source>Replace all templates with the built-in ones</source>
        <translation>Remplacer tous les modèles par ceux d&apos;origine</translation>
    </message>
    <message>
        <source>The subject line, used only when the message is sent by email</source>
        <translation>La ligne d&apos;objet, utilisée uniquement quand le message est envoyé par e-mail</translation>
    </message>
    <message>
        <source>The message text. Placeholders such as {link} are filled in when the message is copied or emailed.</source>
        <translation>Le texte du message. Les espaces réservés comme {link} sont remplis quand le message est copié ou envoyé.</translation>
    </message>
    <message>
        <source>Insert a placeholder such as {link} at the cursor</source>
        <translation>Insérer un espace réservé comme {link} à l&apos;emplacement du curseur</translation>
    </message>
    <message>
        <source>Read-only: the message with a sample link filled in</source>
        <translation>Lecture seule : le message rempli avec un lien d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insérer un espace réservé</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>The server&apos;s answer did not say whether the token is valid.</source>
        <translation>La réponse du serveur n&apos;indique pas si le jeton est valide.</translation>
    </message>
    <message>
        <source>Valid: the token can still be used.</source>
        <translation>Valide : le jeton peut encore être utilisé.</translation>
    </message>
    <message>
        <source>Valid: the token can still be used to connect %1.</source>
        <translation>Valide : le jeton peut encore servir à connecter %1.</translation>
    </message>
    <message>
        <source>Already used: an account was connected with this token. Create a new one.</source>
        <translation>Déjà utilisé : un compte a été connecté avec ce jeton. Créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Expired: the token can no longer be used. Create a new one.</source>
        <translation>Expiré : le jeton ne peut plus être utilisé. Créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Not found: the server does not know this token.</source>
        <translation>Introuvable : le serveur ne connaît pas ce jeton.</translation>
    </message>
    <message>
        <source>App not found: the token is fine, but no app has this ID or slug.</source>
        <translation>App introuvable : le jeton est correct, mais aucune app n&apos;a cet ID ou ce slug.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
</context>
<context>
    <name>TokenForm</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>proj_abc123</source>
        <translation>proj_abc123</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>P&amp;roduction</source>
        <translation>P&amp;roduction</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>Environnement de production</translation>
    </message>
    <message>
        <source>&amp;Development</source>
        <translation>&amp;Développement</translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation>Environnement de développement</translation>
    </message>
    <message>
        <source>Customer link</source>
        <translation>Lien client</translation>
    </message>
    <message>
        <source>&amp;External user ID:</source>
        <translation>ID utilisateur &amp;externe :</translation>
    </message>
    <message>
        <source>The customer&apos;s ID in your system</source>
        <translation>L&apos;ID du client dans votre système</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>ID utilisateur externe</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App :</translation>
    </message>
    <message>
        <source>E&amp;xpires in:</source>
        <translation>E&amp;xpire dans :</translation>
    </message>
    <message>
        <source>14400</source>
        <translation>14400</translation>
    </message>
    <message>
        <source>Expires in, seconds</source>
        <translation>Expire dans, secondes</translation>
    </message>
    <message>
        <source>Seconds from 1 to 14400 (4 hours). Empty means the server default, 4 hours.</source>
        <translation>Secondes de 1 à 14400 (4 heures). Vide signifie la valeur par défaut du serveur, 4 heures.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>Expire in 15 minutes</source>
        <translation>Expirer dans 15 minutes</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Expire in 1 hour</source>
        <translation>Expirer dans 1 heure</translation>
    </message>
    <message>
        <source>4 h</source>
        <translation>4 h</translation>
    </message>
    <message>
        <source>Expire in 4 hours</source>
        <translation>Expirer dans 4 heures</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>Afficher les champs avancés</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>&amp;Origines autorisées :</translation>
    </message>
    <message>
        <source>https://example.com/connected</source>
        <translation>https://example.com/connected</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>URI de redirection en cas de succès</translation>
    </message>
    <message>
        <source>https://example.com/connect-failed</source>
        <translation>https://example.com/connect-failed</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>URI de redirection en cas d&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Webhook URI:</source>
        <translation>URI du &amp;webhook :</translation>
    </message>
    <message>
        <source>https://example.com/pipedream-webhook</source>
        <translation>https://example.com/pipedream-webhook</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>URI du webhook</translation>
    </message>
    <message>
        <source>Customers may grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>Les clients peuvent n&apos;accorder qu&apos;une partie des portées OAuth de l&apos;app.</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>Autoriser les portées progressives</translation>
    </message>
    <message>
        <source>The project the token is created in: a saved profile, the sandbox, or one whose ID you type</source>
        <translation>Le projet dans lequel le jeton est créé : un profil enregistré, le bac à sable ou un projet dont vous saisissez l&apos;ID</translation>
    </message>
    <message>
        <source>Live links that work for any customer</source>
        <translation>Liens réels qui fonctionnent pour tout client</translation>
    </message>
    <message>
        <source>Test links: at most 10 external users, and only for people signed in to pipedream.com</source>
        <translation>Liens de test : au plus 10 utilisateurs externes, et seulement pour les personnes connectées à pipedream.com</translation>
    </message>
    <message>
        <source>Set the expiry to 900 seconds (15 minutes)</source>
        <translation>Régler l&apos;expiration à 900 secondes (15 minutes)</translation>
    </message>
    <message>
        <source>Set the expiry to 3600 seconds (1 hour)</source>
        <translation>Régler l&apos;expiration à 3600 secondes (1 heure)</translation>
    </message>
    <message>
        <source>Set the expiry to 14400 seconds (4 hours, the longest)</source>
        <translation>Régler l&apos;expiration à 14400 secondes (4 heures, le maximum)</translation>
    </message>
    <message>
        <source>Allowed origins, redirect URIs, webhook and scopes: most links need none of these</source>
        <translation>Origines autorisées, URI de redirection, webhook et portées : la plupart des liens n&apos;en ont pas besoin</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID du pro&amp;jet :</translation>
    </message>
    <message>
        <source>Adva&amp;nced: origins, redirects, webhook, scopes</source>
        <translation>Ava&amp;ncé : origines, redirections, webhook, portées</translation>
    </message>
    <message>
        <source>S&amp;uccess redirect:</source>
        <translation>Redirection en cas de s&amp;uccès :</translation>
    </message>
    <message>
        <source>Error redirect:</source>
        <translation>Redirection en cas d&apos;erreur :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
</context>
<context>
    <name>TokenFormLogic</name>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrée %1 : %2</translation>
    </message>
    <message>
        <source>%1 (entry %2)</source>
        <translation>%1 (entrée %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Server default: valid until %1 (%2 from now).</source>
        <translation>Valeur par défaut du serveur : valable jusqu&apos;à %1 (encore %2).</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 from now).</source>
        <translation>Valable jusqu&apos;à %1 (encore %2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (entry %2, &quot;%3&quot;)</source>
        <translation>%1 (entrée %2, « %3 »)</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time and time zone</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>ID utilisateur externe</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>URI de redirection en cas de succès</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>URI de redirection en cas d&apos;erreur</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>URI du webhook</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>Autoriser les portées progressives</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Enter the project ID (it starts with proj_).</source>
        <translation>Saisissez l&apos;ID du projet (il commence par proj_).</translation>
    </message>
    <message>
        <source>A project ID looks like proj_abc123: &quot;proj_&quot; followed by letters and digits.</source>
        <translation>Un ID de projet ressemble à proj_abc123 : « proj_ » suivi de lettres et de chiffres.</translation>
    </message>
    <message>
        <source>The environment must be &quot;development&quot; or &quot;production&quot;.</source>
        <translation>L&apos;environnement doit être « development » ou « production ».</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s external user ID.</source>
        <translation>Saisissez l&apos;ID utilisateur externe du client.</translation>
    </message>
    <message>
        <source>The external user ID is %1 characters long; the limit is %2.</source>
        <translation>L&apos;ID utilisateur externe fait %1 caractères ; la limite est de %2.</translation>
    </message>
    <message>
        <source>The external user ID contains a line break, tab or other control character.</source>
        <translation>L&apos;ID utilisateur externe contient un saut de ligne, une tabulation ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>Expiry must be a whole number of seconds from %1 to %2 (4 hours).</source>
        <translation>L&apos;expiration doit être un nombre entier de secondes entre %1 et %2 (4 heures).</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not allowed for a Connect token; the widest scope is connect:*.</source>
        <translation>« * » n&apos;est pas autorisé pour un jeton Connect ; la portée la plus large est connect:*.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect scope.</source>
        <translation>« %1 » n&apos;est pas une portée Connect.</translation>
    </message>
    <message>
        <source>connect:* already includes every other scope: choose it alone or pick narrower scopes.</source>
        <translation>connect:* inclut déjà toutes les autres portées : choisissez-le seul ou des portées plus restreintes.</translation>
    </message>
    <message>
        <source>An app slug has only letters, digits, &quot;_&quot; and &quot;-&quot; (for example google_sheets).</source>
        <translation>Un slug d&apos;app ne contient que des lettres, des chiffres, « _ » et « - » (par exemple google_sheets).</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>Client OAuth</translation>
    </message>
    <message>
        <source>The external user ID contains text that is not valid UTF-8; check the encoding of the file or program it came from.</source>
        <translation>L&apos;ID utilisateur externe contient du texte qui n&apos;est pas de l&apos;UTF-8 valide ; vérifiez l&apos;encodage du fichier ou du programme d&apos;où il vient.</translation>
    </message>
    <message>
        <source>The external user ID contains an invisible character (U+%1); type the ID again instead of pasting it.</source>
        <translation>L&apos;ID utilisateur externe contient un caractère invisible (U+%1) ; retapez l&apos;ID au lieu de le coller.</translation>
    </message>
    <message>
        <source>An OAuth client ID looks like oa_abc123: &quot;oa_&quot; followed by letters and digits.</source>
        <translation>Un ID de client OAuth ressemble à oa_abc123 : « oa_ » suivi de lettres et de chiffres.</translation>
    </message>
    <message>
        <source>Expiry is a number of seconds, without a unit: for %1, type %2 (from %3 to %4).</source>
        <translation>L&apos;expiration est un nombre de secondes, sans unité : pour %1, saisissez %2 (de %3 à %4).</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>the response is not JSON (%1)</source>
        <translation>la réponse n&apos;est pas du JSON (%1)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing or not of the form ctok_ + 32 hex digits</source>
        <translation>« token » est absent ou n&apos;a pas la forme ctok_ + 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>&quot;expires_at&quot; is missing or not an ISO 8601 date and time</source>
        <translation>« expires_at » est absent ou n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; is missing or not an absolute URL</source>
        <translation>« connect_link_url » est absent ou n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; points to %1, which is neither Pipedream nor the API server; the link was not used</source>
        <translation>&quot;connect_link_url&quot; pointe vers %1, qui n&apos;est ni Pipedream ni le serveur de l&apos;API ; le lien n&apos;a pas été utilisé</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; does not carry the token just created; the link was not used</source>
        <translation>&quot;connect_link_url&quot; ne contient pas le jeton qui vient d&apos;être créé ; le lien n&apos;a pas été utilisé</translation>
    </message>
</context>
<context>
    <name>UrlRules</name>
    <message>
        <source>The origin is empty.</source>
        <translation>L&apos;origine est vide.</translation>
    </message>
    <message>
        <source>Wildcards are not allowed; list each origin.</source>
        <translation>Les caractères génériques ne sont pas autorisés ; indiquez chaque origine.</translation>
    </message>
    <message>
        <source>Start the origin with http:// or https://.</source>
        <translation>Commencez l&apos;origine par http:// ou https://.</translation>
    </message>
    <message>
        <source>Only http:// and https:// origins are allowed.</source>
        <translation>Seules les origines http:// et https:// sont autorisées.</translation>
    </message>
    <message>
        <source>An origin cannot contain a user name or password.</source>
        <translation>Une origine ne peut pas contenir de nom d&apos;utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>An origin cannot contain a query (&quot;?...&quot;).</source>
        <translation>Une origine ne peut pas contenir de requête (« ?... »).</translation>
    </message>
    <message>
        <source>An origin cannot contain a fragment (&quot;#...&quot;).</source>
        <translation>Une origine ne peut pas contenir de fragment (« #... »).</translation>
    </message>
    <message>
        <source>An origin has no path: use scheme://host[:port] only.</source>
        <translation>Une origine n&apos;a pas de chemin : utilisez uniquement schéma://hôte[:port].</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>L&apos;URL est vide.</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces; encode them as %20.</source>
        <translation>Une URL ne peut pas contenir d&apos;espaces ; encodez-les en %20.</translation>
    </message>
    <message>
        <source>Use an absolute URL starting with http:// or https://.</source>
        <translation>Utilisez une URL absolue commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>L&apos;URL n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>This is not a valid origin: check the host name and port, for example https://app.example.com:8443.</source>
        <translation>Ce n&apos;est pas une origine valide : vérifiez le nom d&apos;hôte et le port, par exemple https://app.example.com:8443.</translation>
    </message>
    <message>
        <source>This is not a valid URL: check the host name, port and characters, for example https://app.example.com/done.</source>
        <translation>Ce n&apos;est pas une URL valide : vérifiez le nom d&apos;hôte, le port et les caractères, par exemple https://app.example.com/done.</translation>
    </message>
</context>
</TS>
