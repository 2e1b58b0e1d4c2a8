<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source> The server said: &quot;%1&quot;.</source>
        <translation> El servidor respondió: «%1».</translation>
    </message>
    <message>
        <source>Client ID or secret rejected (HTTP %1).%2 Check the OAuth client in Pipedream&apos;s API settings; if the secret was rotated, enter the new one.</source>
        <translation>ID de cliente o secreto rechazados (HTTP %1).%2 Revise el cliente OAuth en la configuración de API de Pipedream; si el secreto se renovó, introduzca el nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the Connect API: %1. Nothing was created that you can use; try again, and report it if it persists.</source>
        <translation>La respuesta del servidor no coincide con la Connect API: %1. No se creó nada utilizable; inténtelo de nuevo e infórmelo si persiste.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the internet connection, VPN or proxy.</source>
        <translation>No se pudo conectar con %1: %2. Revise la conexión a internet, la VPN o el proxy.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation>%1 no respondió a tiempo. Revise la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. ConnectDesk never ignores certificate errors; check the system clock, proxy or corporate TLS inspection.</source>
        <translation>Falló la conexión segura con %1: %2. ConnectDesk nunca ignora errores de certificado; revise el reloj del sistema, el proxy o la inspección TLS de su empresa.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation>Falló el proxy: %1. Revise la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than 1 MiB and was cut off.</source>
        <translation>La respuesta de %1 superaba 1 MiB y se cortó.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).%2 Check the fields and try again.</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).%2 Revise los campos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Not authorised (HTTP 401).%1 The access token was refused even after a fresh one was fetched; check the client ID and secret.</source>
        <translation>No autorizado (HTTP 401).%1 El token de acceso se rechazó incluso después de obtener uno nuevo; revise el ID de cliente y el secreto.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).%1 Check the project ID and the environment.</source>
        <translation>No encontrado (HTTP 404).%1 Revise el ID del proyecto y el entorno.</translation>
    </message>
    <message>
        <source>The server timed out (HTTP 408).%1 Try again.</source>
        <translation>Se agotó el tiempo de espera del servidor (HTTP 408).%1 Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429).%1 Try again in %n second(s).</source>
        <translation>
            <numerusform>Límite de frecuencia alcanzado (HTTP 429).%1 Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Límite de frecuencia alcanzado (HTTP 429).%1 Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429).%1 Wait a minute and try again.</source>
        <translation>Límite de frecuencia alcanzado (HTTP 429).%1 Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Pipedream had a problem (HTTP %1).%2 Try again in a moment.</source>
        <translation>Pipedream tuvo un problema (HTTP %1).%2 Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2</source>
        <translation>La solicitud falló (HTTP %1).%2</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403).%1</source>
        <translation>Prohibido (HTTP 403).%1</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403). The OAuth client may not have access to this project or environment, or its access-token scope is too narrow.</source>
        <translation>Prohibido (HTTP 403). Puede que el cliente OAuth no tenga acceso a este proyecto o entorno, o que el alcance de su token de acceso sea demasiado limitado.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1).%2 ConnectDesk never follows redirects (they could carry the credentials elsewhere); check the API base URL.</source>
        <translation>El servidor respondió con una redirección (HTTP %1).%2 ConnectDesk nunca sigue redirecciones (podrían llevar las credenciales a otro sitio); compruebe la URL base de la API.</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Delete external user</source>
        <translation>Eliminar usuario externo</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Ya no existía</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost</source>
        <translation>Desconocido: la respuesta se perdió</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 could not be written: %2</source>
        <translation>No se pudo escribir el registro de auditoría %1: %2</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>no se pudo crear su carpeta</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>el disco no confirmó la escritura</translation>
    </message>
</context>
<context>
    <name>BandContent</name>
    <message>
        <source>Development — for testing only</source>
        <translation>Desarrollo: solo para pruebas</translation>
    </message>
    <message>
        <source>Development links do not work for customers: a project allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. Use production for customers.</source>
        <translation>Los enlaces de desarrollo no funcionan para los clientes: un proyecto admite como máximo 10 usuarios externos y quien se conecta debe haber iniciado sesión en pipedream.com en el mismo navegador. Use producción para los clientes.</translation>
    </message>
    <message>
        <source>Production — live customer links</source>
        <translation>Producción: enlaces reales para clientes</translation>
    </message>
    <message>
        <source>Links work for any customer. Accounts they connect are real and live only in production.</source>
        <translation>Los enlaces funcionan para cualquier cliente. Las cuentas que conectan son reales y solo existen en producción.</translation>
    </message>
    <message>
        <source>Sandbox — links are not real</source>
        <translation>Sandbox: los enlaces no son reales</translation>
    </message>
    <message>
        <source>ConnectDesk is talking to its built-in simulator. Tokens and Connect Links created here work only on this computer; never send them to a customer.</source>
        <translation>ConnectDesk está usando su simulador integrado. Los tokens y Connect Links creados aquí solo funcionan en este equipo; no los envíe nunca a un cliente.</translation>
    </message>
    <message>
        <source>The sandbox imitates production with the same rules; nothing created here is live.</source>
        <translation>El sandbox imita producción con las mismas reglas; nada de lo que se crea aquí es real.</translation>
    </message>
    <message>
        <source>The sandbox imitates development: %1</source>
        <translation>El sandbox imita desarrollo: %1</translation>
    </message>
    <message>
        <source>Production — simulated</source>
        <translation>Producción: simulada</translation>
    </message>
    <message>
        <source>Development — simulated</source>
        <translation>Desarrollo: simulado</translation>
    </message>
    <message>
        <source>Development — not set up yet</source>
        <translation>Desarrollo: aún no configurado</translation>
    </message>
    <message>
        <source>Production — not set up yet</source>
        <translation>Producción: aún no configurado</translation>
    </message>
    <message>
        <source>This project has no OAuth client yet, so no link can be made here. Add one under Tools &gt; Projects and credentials, or try the sandbox.</source>
        <translation>Este proyecto aún no tiene cliente OAuth, así que aquí no se puede crear ningún enlace. Añada uno en Herramientas &gt; Proyectos y credenciales, o pruebe el sandbox.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Bulk Connect Links</source>
        <translation>Connect Links en lote</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Abrir CSV…</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Abrir un archivo CSV</translation>
    </message>
    <message>
        <source>No file opened. The file needs a header row with an external_user_id column and, optionally, an app column.</source>
        <translation>No hay ningún archivo abierto. El archivo necesita una fila de encabezado con una columna external_user_id y, opcionalmente, una columna app.</translation>
    </message>
    <message>
        <source>Opened file</source>
        <translation>Archivo abierto</translation>
    </message>
    <message>
        <source>Settings used for every row</source>
        <translation>Ajustes usados para cada fila</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Rows summary</source>
        <translation>Resumen de filas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Throughput and time left</source>
        <translation>Rendimiento y tiempo restante</translation>
    </message>
    <message>
        <source>How many links are requested at the same time</source>
        <translation>Cuántos enlaces se solicitan a la vez</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>&amp;Guardar resultados…</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Guardar los resultados como CSV</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open a CSV file with an external_user_id column and, optionally, an app column</source>
        <translation>Abrir un archivo CSV con una columna external_user_id y, opcionalmente, una columna app</translation>
    </message>
    <message>
        <source>One row per customer in the file, with its status and, once created, its Connect Link or the problem</source>
        <translation>Una fila por cliente del archivo, con su estado y, una vez creado, su Connect Link o el problema</translation>
    </message>
    <message>
        <source>Create a Connect Link for every row that has no problem</source>
        <translation>Crear un Connect Link para cada fila sin problemas</translation>
    </message>
    <message>
        <source>Pause or resume sending; calls already sent still finish</source>
        <translation>Pausar o reanudar el envío; las llamadas ya enviadas terminan igualmente</translation>
    </message>
    <message>
        <source>Stop the run; rows not yet sent are marked Not sent</source>
        <translation>Detener la ejecución; las filas aún no enviadas se marcan como No enviada</translation>
    </message>
    <message>
        <source>Save every row with its Connect Link, status and error as a CSV file</source>
        <translation>Guardar cada fila con su Connect Link, estado y error como archivo CSV</translation>
    </message>
    <message>
        <source>Close the bulk window; it asks first when results are not saved</source>
        <translation>Cerrar la ventana de lote; si hay resultados sin guardar, pregunta antes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Solicitudes en &amp;paralelo:</translation>
    </message>
    <message>
        <source>Requests sent at the same time</source>
        <translation>Solicitudes enviadas a la vez</translation>
    </message>
    <message>
        <source>Send the rows that failed again; created links stay as they are</source>
        <translation>Enviar de nuevo las filas que fallaron; los enlaces creados se quedan como están</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Rows</source>
        <translation>Reintentar filas &amp;fallidas</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Reintentar filas fallidas</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>The environment of every link in this run; the main window keeps its own</source>
        <translation>El entorno de todos los enlaces de esta ejecución; la ventana principal conserva el suyo</translation>
    </message>
    <message>
        <source>Environment for this run</source>
        <translation>Entorno para esta ejecución</translation>
    </message>
</context>
<context>
    <name>BulkDialogText</name>
    <message>
        <source>no project</source>
        <translation>sin proyecto</translation>
    </message>
    <message>
        <source>rows without an app: the customer picks one</source>
        <translation>filas sin app: el cliente elige una</translation>
    </message>
    <message>
        <source>rows without an app: %1</source>
        <translation>filas sin app: %1</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>caduca en %1 s</translation>
    </message>
    <message>
        <source>For every row: %1</source>
        <translation>Para cada fila: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the form before running:</source>
        <translation>Corrija el formulario antes de ejecutar:</translation>
    </message>
    <message>
        <source>Development: at most %1 external users (checked before the run), and the links only work for people signed in to pipedream.com. Use production for customers.</source>
        <translation>Desarrollo: como máximo %1 usuarios externos (se comprueba antes de ejecutar), y los enlaces solo funcionan para quien haya iniciado sesión en pipedream.com. Use producción para clientes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 de %Ln fila</numerusform>
            <numerusform>%1 de %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidas</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 filas/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>took less than a second</source>
        <translation>tardó menos de un segundo</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>tardó %1</translation>
    </message>
    <message>
        <source> (paused: calls already sent still finish)</source>
        <translation> (en pausa: las llamadas ya enviadas terminan igualmente)</translation>
    </message>
    <message>
        <source> (stopping: waiting for the calls already sent)</source>
        <translation> (deteniéndose: esperando las llamadas ya enviadas)</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (límite de frecuencia: esperando)</translation>
    </message>
</context>
<context>
    <name>BulkQuestions</name>
    <message>
        <source>The Connect Links created in this run stay in History (View &gt; History), but only Save Results… writes the file you send them from.</source>
        <translation>Los Connect Links creados en esta ejecución quedan en el historial (Ver &gt; Historial), pero solo «Guardar resultados…» escribe el archivo desde el que los envía.</translation>
    </message>
    <message>
        <source>The Connect Links created in this run are not kept anywhere else. Save the results first to send them to your customers.</source>
        <translation>Los Connect Links creados en esta ejecución no se guardan en ningún otro sitio. Guarde primero los resultados para enviarlos a sus clientes.</translation>
    </message>
    <message>
        <source>Stop the run and close?</source>
        <translation>¿Detener la ejecución y cerrar?</translation>
    </message>
    <message>
        <source>Close without saving the results?</source>
        <translation>¿Cerrar sin guardar los resultados?</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>Abrir archivo CSV</translation>
    </message>
    <message>
        <source>Open another file without saving the results?</source>
        <translation>¿Abrir otro archivo sin guardar los resultados?</translation>
    </message>
    <message>
        <source>The table will show the new file.</source>
        <translation>La tabla mostrará el archivo nuevo.</translation>
    </message>
    <message>
        <source>Open Another File</source>
        <translation>Abrir otro archivo</translation>
    </message>
    <message>
        <source>Development Limit</source>
        <translation>Límite de desarrollo</translation>
    </message>
    <message>
        <source>This file has %1 different external users; development allows %2.</source>
        <translation>Este archivo tiene %1 usuarios externos distintos; desarrollo permite %2.</translation>
    </message>
    <message>
        <source>In development, the rows of every user after the first %1 fail with &quot;Forbidden (HTTP 403)&quot;, and the links only work for people signed in to pipedream.com. For customers, run in production.</source>
        <translation>En desarrollo, las filas de cada usuario después de los primeros %1 fallan con «Forbidden (HTTP 403)», y los enlaces solo funcionan para quien haya iniciado sesión en pipedream.com. Para clientes, ejecútelo en producción.</translation>
    </message>
    <message>
        <source>Run in Production</source>
        <translation>Ejecutar en producción</translation>
    </message>
    <message>
        <source>Run the First %1 Users Only</source>
        <translation>Ejecutar solo los primeros %1 usuarios</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::AccessTokenProvider</name>
    <message>
        <source>No client ID or client secret is set for this project.</source>
        <translation>Este proyecto no tiene ID de cliente ni secreto de cliente.</translation>
    </message>
    <message>
        <source>the OAuth answer has no access_token or expires_in</source>
        <translation>la respuesta OAuth no contiene access_token ni expires_in</translation>
    </message>
    <message>
        <source>the OAuth answer&apos;s access_token contains characters that are not allowed in an HTTP header (such as a line break); it was not used and nothing was sent</source>
        <translation>el access_token de la respuesta OAuth contiene caracteres no permitidos en un encabezado HTTP (como un salto de línea); no se usó y no se envió nada</translation>
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
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>the OAuth server&apos;s access token contains characters that are not allowed in an HTTP header; nothing was sent</source>
        <translation>el token de acceso del servidor OAuth contiene caracteres no permitidos en un encabezado HTTP; no se envió nada</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkPreviousResults</name>
    <message>
        <source>It is not a results file of connectdesk token bulk (the first row must be %1).</source>
        <translation>No es un archivo de resultados de connectdesk token bulk (la primera fila debe ser %1).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkResultFile</name>
    <message>
        <source>could not rename %1 to %2</source>
        <translation>no se pudo renombrar %1 a %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::CallLogModel</name>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandContext</name>
    <message>
        <source>Project ID (proj_...). Default: $PIPEDREAM_PROJECT_ID.</source>
        <translation>ID del proyecto (proj_...). Predeterminado: $PIPEDREAM_PROJECT_ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>development or production. Default: $PIPEDREAM_PROJECT_ENVIRONMENT, else production.</source>
        <translation>development o production. Predeterminado: $PIPEDREAM_PROJECT_ENVIRONMENT; si no, production.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>API base URL. Default: $PIPEDREAM_BASE_URL, else https://api.pipedream.com.</source>
        <translation>URL base de la API. Predeterminado: $PIPEDREAM_BASE_URL; si no, https://api.pipedream.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>An origin (scheme://host[:port]) allowed to use the token from a browser. Repeat for several.</source>
        <translation>Un origen (esquema://host[:puerto]) que puede usar el token desde un navegador. Repítalo para varios.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on success.</source>
        <translation>Adónde envía el Connect Link al cliente si todo va bien.</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on error.</source>
        <translation>Adónde envía el Connect Link al cliente si hay un error.</translation>
    </message>
    <message>
        <source>Receives CONNECTION_SUCCESS / CONNECTION_ERROR events.</source>
        <translation>Recibe los eventos CONNECTION_SUCCESS / CONNECTION_ERROR.</translation>
    </message>
    <message>
        <source>Token lifetime in seconds, 1 to 14400. Default: 14400 (4 hours).</source>
        <translation>Duración del token en segundos, de 1 a 14400. Predeterminado: 14400 (4 horas).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>A Connect scope (connect:accounts:read, ...). Repeat or separate with spaces. Default: connect:*.</source>
        <translation>Un alcance de Connect (connect:accounts:read, ...). Repítalo o sepárelos con espacios. Predeterminado: connect:*.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ALCANCE</translation>
    </message>
    <message>
        <source>Let the customer grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>Permitir que el cliente conceda solo una parte de los alcances OAuth de la app.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: el valor está vacío.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_ID is not set: export the OAuth client ID (Pipedream workspace settings, API).</source>
        <translation>PIPEDREAM_CLIENT_ID no está definido: exporte el ID de cliente OAuth (configuración del espacio de trabajo de Pipedream, API).</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_SECRET is not set: export the OAuth client secret. It is read only from the environment, never from the command line.</source>
        <translation>PIPEDREAM_CLIENT_SECRET no está definido: exporte el secreto de cliente OAuth. Solo se lee del entorno, nunca de la línea de órdenes.</translation>
    </message>
    <message>
        <source>A saved profile (connectdesk profile list): its project, environment, client ID and keychain secret. Flags still win over it.</source>
        <translation>Un perfil guardado (connectdesk profile list): su proyecto, entorno, ID de cliente y secreto del llavero. Las opciones siguen teniendo prioridad.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>App slug (slack, google_sheets, ...): sent as app_id and added to the Connect Link as app=.</source>
        <translation>Slug de la app (slack, google_sheets, ...): se envía como app_id y se añade al Connect Link como app=.</translation>
    </message>
    <message>
        <source>The project&apos;s custom OAuth client for the app (oa_...). Default: Pipedream&apos;s.</source>
        <translation>El cliente OAuth propio del proyecto para la app (oa_...). Predeterminado: el de Pipedream.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no scope; give scopes such as connect:accounts:read, separated by spaces or commas.</source>
        <translation>%1: «%2» no indica ningún scope; indique scopes como connect:accounts:read, separados por espacios o comas.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Uso: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>Ejecute «%1 %2 --help» para ver el uso.</translation>
    </message>
    <message>
        <source>the client secret is never accepted on the command line (other users of this computer could read it there); set PIPEDREAM_CLIENT_SECRET in the environment.</source>
        <translation>el secreto de cliente nunca se acepta en la línea de órdenes (otros usuarios de este equipo podrían leerlo); defina PIPEDREAM_CLIENT_SECRET en el entorno.</translation>
    </message>
    <message>
        <source>set the OAuth client ID in PIPEDREAM_CLIENT_ID.</source>
        <translation>defina el ID de cliente OAuth en PIPEDREAM_CLIENT_ID.</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>argumento inesperado %1.</translation>
    </message>
    <message>
        <source>missing %1.</source>
        <translation>falta %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CustomerCommands</name>
    <message>
        <source>set the project with --project-id or PIPEDREAM_PROJECT_ID.</source>
        <translation>indique el proyecto con --project-id o PIPEDREAM_PROJECT_ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[--query TEXT] [--limit N] [--json]</source>
        <translation>[--query TEXTO] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the project&apos;s external users (customers), newest first, one ID per line;
with --query, those whose ID contains the text.</source>
        <translation>Lista los usuarios externos (clientes) del proyecto, los más recientes primero, un ID por línea;
con --query, los que contienen el texto en su ID.</translation>
    </message>
    <message>
        <source>Only IDs containing this text (any case).</source>
        <translation>Solo los ID que contienen este texto (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>At most N users (1 to %1, default 25).</source>
        <translation>Como máximo N usuarios (de 1 a %1; 25 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;users&quot;: [...], &quot;has_more&quot;}.</source>
        <translation>Imprimir un objeto JSON: {&quot;users&quot;: [...], &quot;has_more&quot;}.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation>--limit debe ser un número de 1 a %1.</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>%1: more users match; raise --limit or narrow --query.</source>
        <translation>%1: hay más usuarios que coinciden; aumente --limit o precise --query.</translation>
    </message>
    <message>
        <source>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</source>
        <translation>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</translation>
    </message>
    <message>
        <source>Lists a customer&apos;s connected accounts, one per line: account ID, app, name, health
(healthy, unhealthy or dead) and the server&apos;s error.</source>
        <translation>Lista las cuentas conectadas de un cliente, una por línea: ID de cuenta, app, nombre,
estado (healthy, unhealthy o dead) y el error del servidor.</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID (required).</source>
        <translation>El ID de usuario externo del cliente (obligatorio).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this app&apos;s accounts.</source>
        <translation>Solo las cuentas de esta app.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Only accounts that are unhealthy or dead.</source>
        <translation>Solo las cuentas con problemas o muertas.</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}.</source>
        <translation>Imprimir un objeto JSON: {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}.</translation>
    </message>
    <message>
        <source>--external-user-id is required.</source>
        <translation>--external-user-id es obligatorio.</translation>
    </message>
    <message>
        <source>--external-user-id: %1</source>
        <translation>--external-user-id: %1</translation>
    </message>
    <message>
        <source>--app: %1</source>
        <translation>--app: %1</translation>
    </message>
    <message>
        <source>%1: no unhealthy or dead accounts.</source>
        <translation>%1: no hay cuentas con problemas ni muertas.</translation>
    </message>
    <message>
        <source>%1: no accounts.</source>
        <translation>%1: no hay cuentas.</translation>
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
        <translation>Elimina un usuario externo y todas sus cuentas conectadas. Requiere --yes;
queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Deletes one connected account. Needs --yes; written to the audit log.</source>
        <translation>Elimina una cuenta conectada. Requiere --yes; queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID.</source>
        <translation>El ID de usuario externo del cliente.</translation>
    </message>
    <message>
        <source>The account ID (apn_...).</source>
        <translation>El ID de la cuenta (apn_...).</translation>
    </message>
    <message>
        <source>Really delete (without it, nothing is sent).</source>
        <translation>Eliminar de verdad (sin esta opción no se envía nada).</translation>
    </message>
    <message>
        <source>the account ID is empty.</source>
        <translation>el ID de la cuenta está vacío.</translation>
    </message>
    <message>
        <source>deleting %1 and all their accounts cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>eliminar %1 y todas sus cuentas no se puede deshacer: añada --yes para confirmar. No se envió nada.</translation>
    </message>
    <message>
        <source>deleting %1 cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>eliminar %1 no se puede deshacer: añada --yes para confirmar. No se envió nada.</translation>
    </message>
    <message>
        <source>URL_OR_TOKEN [--json]</source>
        <translation>URL_OR_TOKEN [--json]</translation>
    </message>
    <message>
        <source>Says whether a Connect Link (or ctok_ token) can still be used and, if not, why and
what to do. Exit code 0: usable; 4: not usable (the reason on stderr, or in --json).</source>
        <translation>Indica si un Connect Link (o token ctok_) todavía se puede usar y, si no, por qué y
qué hacer. Código de salida 0: utilizable; 4: no utilizable (el motivo en stderr o en --json).</translation>
    </message>
    <message>
        <source>The Connect Link as the customer got it, or its ctok_ token.</source>
        <translation>El Connect Link tal como lo recibió el cliente, o su token ctok_.</translation>
    </message>
    <message>
        <source>Print the diagnosis as one JSON object (docs/cli.md).</source>
        <translation>Imprimir el diagnóstico como un objeto JSON (docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Dispatch</name>
    <message>
        <source>Usage:
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [options]
Run &quot;connectdesk token create --help&quot; or &quot;connectdesk token bulk --help&quot; for the options.</source>
        <translation>Uso:
  connectdesk token create --external-user-id ID [opciones]
  connectdesk token bulk --input users.csv --output links.csv [opciones]
Ejecute «connectdesk token create --help» o «connectdesk token bulk --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>connectdesk token: missing command (create or bulk).</source>
        <translation>connectdesk token: falta la orden (create o bulk).</translation>
    </message>
    <message>
        <source>%1: unknown option &quot;%2&quot;</source>
        <translation>%1: opción desconocida «%2»</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;</source>
        <translation>%1: orden desconocida «%2»</translation>
    </message>
    <message>
        <source>, did you mean &quot;%1&quot;?</source>
        <translation>; ¿quiso decir «%1»?</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Ejecute «%1 --help» para ver las órdenes y opciones.</translation>
    </message>
    <message>
        <source>Usage: connectdesk %1 %2 ...
Run &quot;connectdesk %1 &lt;command&gt; --help&quot; for the options.</source>
        <translation>Uso: connectdesk %1 %2 ...
Ejecute &quot;connectdesk %1 &lt;orden&gt; --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>connectdesk %1: missing command (%2).</source>
        <translation>connectdesk %1: falta la orden (%2).</translation>
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
        <translation>Uso:
  connectdesk                      Abrir la ventana
  connectdesk token create --external-user-id ID [opciones]
  connectdesk token bulk --input users.csv --output links.csv [--resume] [opciones]
  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE] [--no-seed]
  connectdesk profile add|list|test|remove ...
  connectdesk history list [--json] [--search TEXTO] [--state E] [--limit N]
  connectdesk users list [--query TEXT] [--limit N] [--json]
  connectdesk users delete EXTERNAL_USER_ID --yes
  connectdesk accounts list --external-user-id ID [--app SLUG] [--unhealthy] [--json]
  connectdesk accounts delete ACCOUNT_ID --yes
  connectdesk link check URL_OR_TOKEN [--json]
  connectdesk --version | --help

Órdenes:
  token create    Crear un token de Connect e imprimir su Connect Link
  token bulk      Crear Connect Links para cada fila de un archivo CSV
  sandbox         Ejecutar un simulador local de la Connect API (sin cuenta de Pipedream)
  profile         Gestionar perfiles (proyectos; secretos de cliente en el llavero)
  history list    Listar los enlaces generados y si los clientes se conectaron
  users           Buscar clientes (usuarios externos); eliminar uno con sus cuentas
  accounts        Las cuentas conectadas de un cliente y su estado; eliminar una
  link check      Por qué un Connect Link no funciona y qué hacer
Ejecute «connectdesk &lt;orden&gt; --help» para ver las opciones de una orden.

Opciones de la ventana:
  --sandbox       Abrir la ventana con un sandbox integrado (los enlaces no son reales)
  --self-test     Comprobar la instalación y salir
  --lang CÓDIGO   Usar este idioma (por ejemplo es)

Entorno:
  PIPEDREAM_CLIENT_ID            ID de cliente OAuth
  PIPEDREAM_CLIENT_SECRET        Secreto de cliente OAuth (nunca se acepta como opción)
  PIPEDREAM_PROJECT_ID           Valor predeterminado de --project-id
  PIPEDREAM_PROJECT_ENVIRONMENT  Valor predeterminado de --environment (si no, production)
  PIPEDREAM_BASE_URL             Valor predeterminado de --api-base-url
Las opciones prevalecen sobre el entorno.

Códigos de salida:
  0  éxito
  2  entrada o uso no válidos (no se envió nada)
  3  ID de cliente o secreto rechazados
  4  la API respondió con un error; link check: el enlace no se puede usar
  5  fallo de red o tiempo de espera agotado
  6  token create --wait: el enlace caducó sin conexión
  7  no se pudieron escribir los resultados (disco lleno); se informa de los enlaces creados
  130  interrumpido (Ctrl+C, SIGTERM)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::HistoryCommand</name>
    <message>
        <source>Usage:
  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]
Run &quot;connectdesk history list --help&quot; for the options.</source>
        <translation>Uso:
  connectdesk history list [--json] [--search TEXTO] [--state ESTADO] [--limit N]
Ejecute «connectdesk history list --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>connectdesk history: missing command (list).</source>
        <translation>connectdesk history: falta la orden (list).</translation>
    </message>
    <message>
        <source>connectdesk history: unknown command &quot;%1&quot;.</source>
        <translation>connectdesk history: orden desconocida «%1».</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducado %1</translation>
    </message>
    <message>
        <source>connected %1 at %2</source>
        <translation>conectado %1 a las %2</translation>
    </message>
    <message>
        <source>connected %1 (%2) at %3</source>
        <translation>conectado %1 (%2) a las %3</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Lists the Connect Links this computer generated (window and command line), newest
first: one tab-separated line each (time, state, external user, app, environment,
outcome), or a JSON array with --json. Links are shown only while they can still
be used; tokens never.</source>
        <translation>Lista los Connect Links que generó este equipo (ventana y línea de órdenes), del más
reciente al más antiguo: una línea separada por tabuladores para cada uno (hora, estado,
usuario externo, app, entorno, resultado), o un array JSON con --json. Los enlaces solo
se muestran mientras se pueden usar; los tokens, nunca.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>Only entries whose external user ID or app contains TEXT (any case).</source>
        <translation>Solo entradas cuyo ID de usuario externo o app contiene TEXTO (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Only entries in STATE: active, connected, expired or failed.</source>
        <translation>Solo entradas en ESTADO: active, connected, expired o failed.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Como máximo N entradas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--state must be active, connected, expired or failed, not &quot;%1&quot;.</source>
        <translation>--state debe ser active, connected, expired o failed, no «%1».</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit debe ser un número entero positivo, no «%1».</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advertencia: %2</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1: no se pudo leer el historial: %2</translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation>El historial está vacío.</translation>
    </message>
    <message>
        <source>No history entries match.</source>
        <translation>Ninguna entrada del historial coincide.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::LinkFollowUp</name>
    <message>
        <source>%1: stopped waiting; the link stays valid until it expires.</source>
        <translation>%1: se dejó de esperar; el enlace sigue siendo válido hasta que caduque.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advertencia: %2</translation>
    </message>
    <message>
        <source>%1: warning: the failure was not recorded in the history: %2</source>
        <translation>%1: advertencia: el fallo no se registró en el historial: %2</translation>
    </message>
    <message>
        <source>%1: warning: the link was not recorded in the history: %2</source>
        <translation>%1: advertencia: el enlace no se registró en el historial: %2</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (Ctrl+C to stop)</source>
        <translation>Esperando a que el cliente se conecte… (Ctrl+C para detener)</translation>
    </message>
    <message>
        <source>Connected: %1, account %2, at %3</source>
        <translation>Conectado: %1, cuenta %2, a las %3</translation>
    </message>
    <message>
        <source>%1: the link expired without a connection.</source>
        <translation>%1: el enlace caducó sin conexión.</translation>
    </message>
    <message>
        <source>%1: cannot tell whether the customer connected: %2</source>
        <translation>%1: no se puede saber si el cliente se conectó: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: could not check for a connection (%2); trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: no se pudo comprobar la conexión (%2); nuevo intento en %Ln segundo.</numerusform>
            <numerusform>%1: no se pudo comprobar la conexión (%2); nuevo intento en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link has expired, and whether the customer connected is unknown: could not reach the server: %2</source>
        <translation>%1: el enlace ha caducado y no se sabe si el cliente se conectó: no se pudo contactar con el servidor: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::ProfileCommands</name>
    <message>
        <source>%1 profile: unknown command &quot;%2&quot;.</source>
        <translation>%1 profile: orden desconocida «%2».</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Secreto de cliente (entrada oculta): </translation>
    </message>
    <message>
        <source>could not read standard input.</source>
        <translation>no se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>no client secret on standard input; pipe it in, e.g. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.</source>
        <translation>no hay secreto de cliente en la entrada estándar; envíelo por una tubería, p. ej. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.</translation>
    </message>
    <message>
        <source>the client secret on standard input spans several lines; give only the secret.</source>
        <translation>el secreto de cliente de la entrada estándar ocupa varias líneas; indique solo el secreto.</translation>
    </message>
    <message>
        <source>--name NAME --project-id proj_... --client-id ID [options] --client-secret-stdin</source>
        <translation>--name NOMBRE --project-id proj_... --client-id ID [opciones] --client-secret-stdin</translation>
    </message>
    <message>
        <source>Adds a profile. The client secret is read from standard input (never from the command line, where other users could see it) and stored in the system keychain.</source>
        <translation>Añade un perfil. El secreto de cliente se lee de la entrada estándar (nunca de la línea de órdenes, donde otros usuarios podrían verlo) y se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>A unique name.</source>
        <translation>Un nombre único.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The project (proj_...).</source>
        <translation>El proyecto (proj_...).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The OAuth client ID.</source>
        <translation>El ID de cliente OAuth.</translation>
    </message>
    <message>
        <source>The default environment: development or production (default).</source>
        <translation>El entorno predeterminado: development o production (predeterminado).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Scopes for the access token, space-separated (least privilege), e.g. &quot;connect:tokens:create connect:users:read&quot;.</source>
        <translation>Alcances del token de acceso, separados por espacios (mínimo privilegio), p. ej. «connect:tokens:create connect:users:read».</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>ALCANCES</translation>
    </message>
    <message>
        <source>Another API address (advanced).</source>
        <translation>Otra dirección de API (avanzado).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>Leer el secreto de cliente de la entrada estándar.</translation>
    </message>
    <message>
        <source>--client-secret-stdin is required: pipe the client secret in on standard input.</source>
        <translation>--client-secret-stdin es obligatorio: envíe el secreto de cliente por la entrada estándar.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its client secret is in the system keychain.</source>
        <translation>Perfil «%1» añadido; su secreto de cliente está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the profiles. Secrets are never shown; &quot;stored&quot; means the keychain holds one.</source>
        <translation>Lista los perfiles. Los secretos nunca se muestran; «guardado» significa que el llavero contiene uno.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;%1 profile add --help&quot;.</source>
        <translation>Aún no hay perfiles. Añada uno con «%1 profile add --help».</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROYECTO</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID DE CLIENTE</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRETO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>IT (read-only)</source>
        <translation>TI (solo lectura)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; see &quot;%2 profile list&quot;.</source>
        <translation>no hay ningún perfil llamado «%1»; consulte «%2 profile list».</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>perfil «%1»: %2</translation>
    </message>
    <message>
        <source>Fetches an access token with the profile&apos;s client ID and secret and says whether they work.</source>
        <translation>Obtiene un token de acceso con el ID de cliente y el secreto del perfil e indica si funcionan.</translation>
    </message>
    <message>
        <source>name the profile to test.</source>
        <translation>indique el perfil que quiere probar.</translation>
    </message>
    <message>
        <source>NAME [--force]</source>
        <translation>NOMBRE [--force]</translation>
    </message>
    <message>
        <source>Removes the profile and deletes its client secret from the keychain.</source>
        <translation>Elimina el perfil y borra su secreto de cliente del llavero.</translation>
    </message>
    <message>
        <source>Remove the profile even when its secret cannot be deleted from the keychain.</source>
        <translation>Eliminar el perfil aunque su secreto no se pueda borrar del llavero.</translation>
    </message>
    <message>
        <source>name the profile to remove.</source>
        <translation>indique el perfil que quiere eliminar.</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;.</source>
        <translation>no hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be removed.</source>
        <translation>«%1» lo proporciona su departamento de TI y no se puede eliminar.</translation>
    </message>
    <message>
        <source>The profile was kept. Use --force to remove it anyway (its secret may then stay in the keychain).</source>
        <translation>Se conservó el perfil. Use --force para eliminarlo de todos modos (su secreto podría quedar en el llavero).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Perfil «%1» eliminado.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The command line keeps client secrets only in the system keychain: start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET instead.</source>
        <translation>No hay ningún llavero disponible (%1). La línea de órdenes solo guarda secretos de cliente en el llavero del sistema: inicie el llavero de su escritorio (GNOME Keyring, KWallet u otro Secret Service) o defina PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>ningún Secret Service respondió</translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation>No se añadió el perfil.</translation>
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
        <translation>Uso: %1 profile &lt;orden&gt; ...

Los perfiles identifican un proyecto y su cliente OAuth; los secretos de cliente se guardan en el llavero del sistema.

Órdenes:
  add --name NOMBRE --project-id proj_... --client-id ID [--environment E]
      [--access-scope &quot;S S&quot;] [--api-base-url URL] [--no-deletes] --client-secret-stdin
                       Añadir un perfil; el secreto de cliente se lee de la entrada estándar.
  list [--json]        Listar los perfiles (nunca sus secretos).
  test NOMBRE          Obtener un token de acceso con las credenciales del perfil.
  remove NOMBRE        Eliminar el perfil y su secreto del llavero.
</translation>
    </message>
    <message>
        <source>A support profile: it creates links but never deletes accounts or users.</source>
        <translation>Un perfil de soporte: crea enlaces pero nunca elimina cuentas ni usuarios.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Sandbox</name>
    <message>
        <source>Runs a local stand-in for the Connect API on 127.0.0.1 and prints the settings
that point connectdesk (or the Pipedream SDKs) at it. Links it creates are not
real. Stops on Ctrl+C or SIGTERM.</source>
        <translation>Ejecuta un sustituto local de la Connect API en 127.0.0.1 e imprime la
configuración que dirige connectdesk (o los SDK de Pipedream) hacia él. Los enlaces
que crea no son reales. Se detiene con Ctrl+C o SIGTERM.</translation>
    </message>
    <message>
        <source>TCP port to listen on. Default: 0, a free port.</source>
        <translation>Puerto TCP en el que escuchar. Predeterminado: 0, un puerto libre.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--port: use a whole number from 0 to 65535.</source>
        <translation>--port: use un número entero entre 0 y 65535.</translation>
    </message>
    <message>
        <source>%1 sandbox: cannot listen on 127.0.0.1:%2 (is the port in use?).</source>
        <translation>%1 sandbox: no se puede escuchar en 127.0.0.1:%2 (¿está el puerto en uso?).</translation>
    </message>
    <message>
        <source># ConnectDesk sandbox: a local stand-in for the Pipedream Connect API. Links it creates are not real.</source>
        <translation># Sandbox de ConnectDesk: un sustituto local de la Pipedream Connect API. Los enlaces que crea no son reales.</translation>
    </message>
    <message>
        <source># Listening on %1 until Ctrl+C. Paste these lines into another shell:</source>
        <translation># Escuchando en %1 hasta Ctrl+C. Pegue estas líneas en otra shell:</translation>
    </message>
    <message>
        <source># Then try: %1 token create --external-user-id customer-1 --app slack</source>
        <translation># Después pruebe: %1 token create --external-user-id customer-1 --app slack</translation>
    </message>
    <message>
        <source># Open the link in a browser to play the customer, or from a script:</source>
        <translation># Abra el enlace en un navegador para hacer de cliente, o desde un script:</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (clients trust it through %1).</source>
        <translation>Servir HTTPS con este certificado PEM (los clientes confían en él mediante %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>La clave privada PEM sin cifrar del certificado.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert y --tls-key van juntos.</translation>
    </message>
    <message>
        <source>--tls-cert/--tls-key: %1.</source>
        <translation>--tls-cert/--tls-key: %1.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3.</source>
        <translation>--%1: no se puede leer %2: %3.</translation>
    </message>
    <message>
        <source>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</source>
        <translation>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</translation>
    </message>
    <message>
        <source>[--port N] [--no-seed] [--tls-cert FILE --tls-key FILE]</source>
        <translation>[--port N] [--no-seed] [--tls-cert ARCHIVO --tls-key ARCHIVO]</translation>
    </message>
    <message>
        <source>Start empty, without the demo customers and their accounts.</source>
        <translation>Empezar vacío, sin los clientes de demostración ni sus cuentas.</translation>
    </message>
    <message>
        <source># Customers and their accounts (break or heal one in a browser): %1</source>
        <translation># Clientes y sus cuentas (averiar o reparar una en un navegador): %1</translation>
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
        <translation>, %1 fallidas</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, quedan %1</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (límite de frecuencia: esperando)</translation>
    </message>
    <message>
        <source> (stopping)</source>
        <translation> (deteniéndose)</translation>
    </message>
    <message>
        <source>--input users.csv --output links.csv [options]</source>
        <translation>--input users.csv --output links.csv [opciones]</translation>
    </message>
    <message>
        <source>Creates a Connect Link for every row of a CSV file (a header row with an
external_user_id column and optionally an app column) and writes
external_user_id,app,connect_link,expires_at,status,error rows in input order.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.</source>
        <translation>Crea un Connect Link para cada fila de un archivo CSV (una fila de encabezado con
una columna external_user_id y, opcionalmente, una columna app) y escribe filas
external_user_id,app,connect_link,expires_at,status,error en el orden de entrada.
Las credenciales se toman de PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Requests in flight at once, %1 to %2. Default: %3.</source>
        <translation>Solicitudes simultáneas, de %1 a %2. Predeterminado: %3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>--concurrency: use a whole number from %1 to %2.</source>
        <translation>--concurrency: use un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --input: cannot read %2: %3</source>
        <translation>%1: --input: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1: --input: %2: %3</source>
        <translation>%1: --input: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 Every remaining row was left unsent.</source>
        <translation>%1: %2 No se envió ninguna de las filas restantes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 de %Ln fila</numerusform>
            <numerusform>%1 de %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1 ok, %2 failed, in %3. Written to %4.</source>
        <translation>
            <numerusform>%Ln fila: %1 correctas, %2 fallidas, en %3. Escrito en %4.</numerusform>
            <numerusform>%Ln filas: %1 correctas, %2 fallidas, en %3. Escrito en %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln rows failed; see the status and error columns in %3.</source>
        <translation>
            <numerusform>%1: fallaron %2 de %Ln fila; consulte las columnas status y error en %3.</numerusform>
            <numerusform>%1: fallaron %2 de %Ln filas; consulte las columnas status y error en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to read (- for standard input).</source>
        <translation>El archivo CSV que se lee (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced once a link was created or the run ended; until then the rows go to FILE.partial).</source>
        <translation>El archivo CSV que se escribe (se reemplaza cuando se ha creado un enlace o termina la ejecución; hasta entonces las filas van a ARCHIVO.partial).</translation>
    </message>
    <message>
        <source>Keep the rows that are already &quot;ok&quot; in the existing --output file and send only the others.</source>
        <translation>Conservar las filas que ya están «ok» en el archivo --output existente y enviar solo las demás.</translation>
    </message>
    <message>
        <source>--output names the --input file (through a link or another path); write the results somewhere else.</source>
        <translation>--output indica el archivo de --input (mediante un enlace u otra ruta); escriba los resultados en otro lugar.</translation>
    </message>
    <message>
        <source>%1: --resume: cannot use %2: %3</source>
        <translation>%1: --resume: no se puede usar %2: %3</translation>
    </message>
    <message>
        <source>%1: --output: cannot write %2: %3%4 Nothing was sent.</source>
        <translation>%1: --output: no se puede escribir %2: %3%4 No se envió nada.</translation>
    </message>
    <message>
        <source>%1: --output: writing %2 failed: %3%4</source>
        <translation>%1: --output: falló la escritura de %2: %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s) were created in this run; the rows written before the failure are in %2</source>
        <translation>
            <numerusform>%1: en esta ejecución se creó %Ln enlace; las filas escritas antes del fallo están en %2</numerusform>
            <numerusform>%1: en esta ejecución se crearon %Ln enlaces; las filas escritas antes del fallo están en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln that could not be written were printed on stdout.</source>
        <translation>
            <numerusform>; %Ln que no se pudo escribir se imprimió en stdout.</numerusform>
            <numerusform>; %Ln que no se pudieron escribir se imprimieron en stdout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some space, then run the same command with --resume.</source>
        <translation>Libere espacio y ejecute la misma orden con --resume.</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 se dejó como estaba.</translation>
    </message>
    <message>
        <source>%1: stopped after %2 rows in a row could not reach the server: %3 Every remaining row was left unsent; run the same command with --resume when the server can be reached.</source>
        <translation>%1: detenido después de que %2 filas seguidas no pudieran contactar con el servidor: %3 No se envió ninguna de las filas restantes; ejecute la misma orden con --resume cuando el servidor esté accesible.</translation>
    </message>
    <message>
        <source>%1: interrupted; rows not sent are marked &quot;error&quot; in %2; run the same command with --resume to finish.</source>
        <translation>%1: interrumpido; las filas no enviadas están marcadas como «error» en %2; ejecute la misma orden con --resume para terminar.</translation>
    </message>
    <message>
        <source>(the disk is full).</source>
        <translation>(el disco está lleno).</translation>
    </message>
    <message>
        <source>%1: --input: cannot make a temporary copy of %2: %3</source>
        <translation>%1: --input: no se puede hacer una copia temporal de %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenCreate</name>
    <message>
        <source>--external-user-id ID [options]</source>
        <translation>--external-user-id ID [opciones]</translation>
    </message>
    <message>
        <source>Your ID for the customer (required, at most 250 characters).</source>
        <translation>Su ID para el cliente (obligatorio, 250 caracteres como máximo).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} instead of the link.</source>
        <translation>Imprimir {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} en lugar del enlace.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no token in the answer</source>
        <translation>no hay token en la respuesta</translation>
    </message>
    <message>
        <source>Creates a Connect token for one customer and prints its Connect Link (with app=
when --app is given) as the only line on stdout.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.
With --wait, then waits until the customer connects an account (a second line on
stdout: the account; exit code 0) or the link expires (exit code 6).</source>
        <translation>Crea un token de Connect para un cliente e imprime su Connect Link (con app=
si se indica --app) como única línea en stdout.
Las credenciales se toman de PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET.
Con --wait, espera después a que el cliente conecte una cuenta (segunda línea en
stdout: la cuenta; código de salida 0) o a que caduque el enlace (código de salida 6).</translation>
    </message>
    <message>
        <source>After printing the link, wait for the customer to connect and print the account (with --json, as a second JSON line).</source>
        <translation>Tras imprimir el enlace, esperar a que el cliente se conecte e imprimir la cuenta (con --json, como segunda línea JSON).</translation>
    </message>
    <message>
        <source>%1: still waiting for an answer from %2…</source>
        <translation>%1: todavía esperando una respuesta de %2…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: %2 Nuevo intento en %Ln segundo.</numerusform>
            <numerusform>%1: %2 Nuevo intento en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link was created but could not be written to standard output (%2). It is in the history: connectdesk history list.</source>
        <translation>%1: el enlace se creó, pero no se pudo escribir en la salida estándar (%2). Está en el historial: connectdesk history list.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::HistoryStore</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this ConnectDesk understands (%2)</source>
        <translation>la versión de esquema %1 es más reciente de lo que entiende este ConnectDesk (%2)</translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation>La base de datos del historial está dañada (%1).</translation>
    </message>
    <message>
        <source>The history database is locked by another program (%1).</source>
        <translation>Otro programa tiene bloqueada la base de datos del historial (%1).</translation>
    </message>
    <message>
        <source>The history database was written by a newer ConnectDesk (%1).</source>
        <translation>La base de datos del historial la escribió un ConnectDesk más reciente (%1).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>No se pudo abrir la base de datos del historial (%1).</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot; and a new, empty history was started.</source>
        <translation>Se conservó como «%1» y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The file was left as it is.</source>
        <translation>El archivo se dejó tal cual.</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot;.</source>
        <translation>Se conservó como «%1».</translation>
    </message>
    <message>
        <source>This session&apos;s history is kept in memory only%1.</source>
        <translation>El historial de esta sesión solo se guarda en memoria%1.</translation>
    </message>
    <message>
        <source>could not rename &quot;%1&quot;</source>
        <translation>no se pudo cambiar el nombre de «%1»</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de datos del historial no está abierta.</translation>
    </message>
    <message>
        <source>Close the other ConnectDesk and start this one again to use it.</source>
        <translation>Cierre el otro ConnectDesk y vuelva a iniciar este para usarla.</translation>
    </message>
    <message>
        <source>Update ConnectDesk to use it.</source>
        <translation>Actualice ConnectDesk para usarla.</translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation>No se ha modificado.</translation>
    </message>
    <message>
        <source>Until then, this session&apos;s history is kept in memory only.</source>
        <translation>Hasta entonces, el historial de esta sesión solo se guarda en memoria.</translation>
    </message>
    <message numerus="yes">
        <source>The history database is busy: another program kept it locked for more than %n second(s) (%1).</source>
        <translation>
            <numerusform>La base de datos del historial está ocupada: otro programa la mantuvo bloqueada más de %n segundo (%1).</numerusform>
            <numerusform>La base de datos del historial está ocupada: otro programa la mantuvo bloqueada más de %n segundos (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::MessageTemplateStore</name>
    <message>
        <source>Could not save the message templates to %1.</source>
        <translation>No se pudieron guardar las plantillas de mensaje en %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PagedLoader</name>
    <message>
        <source>The list answer has no &quot;data&quot; array.</source>
        <translation>La respuesta de la lista no tiene un array &quot;data&quot;.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PresetStore</name>
    <message>
        <source>Could not write the presets to %1.</source>
        <translation>No se pudieron escribir los ajustes predefinidos en %1.</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>Asigne un nombre al ajuste predefinido.</translation>
    </message>
    <message>
        <source>A preset called &quot;%1&quot; already exists.</source>
        <translation>Ya existe un ajuste predefinido llamado «%1».</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>No hay ningún ajuste predefinido llamado «%1».</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::ProfileStore</name>
    <message numerus="yes">
        <source>%n profile(s) imported</source>
        <translation>
            <numerusform>%n perfil importado</numerusform>
            <numerusform>%n perfiles importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n omitido</numerusform>
            <numerusform>; %n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The system-wide profile configuration %1 could not be read.</source>
        <translation>No se pudo leer la configuración de perfiles de todo el sistema %1.</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; entry was ignored: secrets belong in the keychain</source>
        <translation>se ignoró su entrada «%1»: los secretos van en el llavero</translation>
    </message>
    <message>
        <source>IT profile %1 (&quot;%2&quot;) was skipped: %3</source>
        <translation>Se omitió el perfil de TI %1 («%2»): %3</translation>
    </message>
    <message>
        <source>IT profile &quot;%1&quot;: %2</source>
        <translation>Perfil de TI «%1»: %2</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Este perfil ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be changed; duplicate it to make your own version.</source>
        <translation>«%1» lo proporciona su departamento de TI y no se puede modificar; duplíquelo para crear su propia versión.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>El archivo no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The file is a &quot;%1&quot; file, not a ConnectDesk profile export.</source>
        <translation>El archivo es de tipo «%1», no una exportación de perfiles de ConnectDesk.</translation>
    </message>
    <message>
        <source>The file was written by a newer ConnectDesk; update to import it.</source>
        <translation>El archivo lo escribió un ConnectDesk más reciente; actualice para importarlo.</translation>
    </message>
    <message>
        <source>The file has no &quot;profiles&quot; list.</source>
        <translation>El archivo no tiene una lista «profiles».</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>La entrada %1 no es un objeto de perfil.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile export.</source>
        <translation>%1 es demasiado grande para ser una exportación de perfiles.</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 Nothing was changed.</source>
        <translation>No se pudieron guardar los perfiles: %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The profile was not removed: %1</source>
        <translation>No se ha eliminado el perfil: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Settings</name>
    <message>
        <source>The settings file could not be read, so ConnectDesk started with fresh settings. The old file was kept as %1.</source>
        <translation>No se pudo leer el archivo de configuración, así que ConnectDesk empezó con una configuración nueva. El archivo anterior se conservó como %1.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read and could not be moved aside; ConnectDesk started with fresh settings that may not be saved.</source>
        <translation>No se pudo leer ni apartar el archivo de configuración %1; ConnectDesk empezó con una configuración nueva que quizá no se guarde.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>No se pudo escribir el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>El archivo de configuración %1 está dañado.</translation>
    </message>
    <message>
        <source>The settings file was damaged or cut short, so ConnectDesk restored the last good copy of your settings and profiles. The damaged file was kept as %1.</source>
        <translation>El archivo de configuración estaba dañado o incompleto, así que ConnectDesk restauró la última copia válida de su configuración y perfiles. El archivo dañado se conservó como %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AboutDialog</name>
    <message>
        <source>About ConnectDesk</source>
        <translation>Acerca de ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk logo</source>
        <translation>Logotipo de ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk %1</source>
        <translation>ConnectDesk %1</translation>
    </message>
    <message>
        <source>Create Pipedream Connect tokens and Connect Links.</source>
        <translation>Cree tokens de Pipedream Connect y Connect Links.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>MIT License — free to use, copy, change and share.</source>
        <translation>Licencia MIT: se puede usar, copiar, modificar y compartir libremente.</translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation>ID de la aplicación:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Archivo de configuración:</translation>
    </message>
    <message>
        <source>History database:</source>
        <translation>Base de datos del historial:</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>Secretos de cliente:</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;); never written to a file</source>
        <translation>Llavero del sistema (servicio «%1»); nunca se escriben en un archivo</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copies the versions, the language and these file locations as plain text for a support request. No secrets or tokens are included.</source>
        <translation>Copia las versiones, el idioma y estas ubicaciones de archivos como texto sin formato para una solicitud de soporte. No incluye secretos ni tokens.</translation>
    </message>
    <message>
        <source>Closes the About window.</source>
        <translation>Cierra la ventana Acerca de.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Archivo de configuración: %1</translation>
    </message>
    <message>
        <source>History database: %1</source>
        <translation>Base de datos del historial: %1</translation>
    </message>
    <message>
        <source>%1 (built with the same version)</source>
        <translation>%1 (compilado con la misma versión)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AccountsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Última renovación</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Próxima renovación</translation>
    </message>
    <message>
        <source>Credentials expire</source>
        <translation>Las credenciales caducan</translation>
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
        <translation>Busque apps o escriba un slug como slack</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>The app the Connect Link opens. Type to search Pipedream&apos;s apps; Down arrow opens the results, Enter picks one and Escape closes them. A typed app slug is used as is.</source>
        <translation>La app que abre el Connect Link. Escriba para buscar entre las apps de Pipedream; la flecha abajo abre los resultados, Intro elige uno y Escape los cierra. Un slug escrito se usa tal cual.</translation>
    </message>
    <message>
        <source>Matching apps</source>
        <translation>Apps coincidentes</translation>
    </message>
    <message>
        <source>Apps matching the typed text, shown as name and slug.</source>
        <translation>Apps que coinciden con el texto escrito, con nombre y slug.</translation>
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
        <translation>La búsqueda de apps no está disponible: %1; aún puede escribir un slug.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>App: %1 (%2)</translation>
    </message>
    <message>
        <source>The Connect Link will open the app with slug &quot;%1&quot;.</source>
        <translation>El Connect Link abrirá la app con el slug «%1».</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot; in Pipedream&apos;s apps.</source>
        <translation>No hay ninguna app «%1» en Pipedream.</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot;. Did you mean %2?</source>
        <translation>No hay ninguna app «%1». ¿Quería decir %2?</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>Buscando «%1»…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AppReadiness</name>
    <message>
        <source>%1 needs no authentication, so a Connect Link has no account to connect. Choose another app, or leave the app empty.</source>
        <translation>%1 no necesita autenticación, así que un Connect Link no tiene ninguna cuenta que conectar. Elija otra app o deje la app vacía.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scope profiles of %1: %2</source>
        <translation>Perfiles de scopes de %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every deletion made on this machine, newest first. The log is only ever appended to: %1</source>
        <translation>Cada eliminación hecha en este equipo, la más reciente primero. El registro solo se amplía: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Usuario del sistema</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing has been deleted from this machine.</source>
        <translation>No se ha eliminado nada desde este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) recorded.</source>
        <translation>
            <numerusform>%n eliminación registrada.</numerusform>
            <numerusform>%n eliminaciones registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left as they are.</source>
        <translation>
            <numerusform>%n línea no se pudo leer y se deja como está.</numerusform>
            <numerusform>%n líneas no se pudieron leer y se dejan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deletion(s) to %1.</source>
        <translation>
            <numerusform>%n eliminación exportada a %1.</numerusform>
            <numerusform>%n eliminaciones exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with a problem, marked below: it will not be sent and is reported as an error in the results.</source>
        <translation>
            <numerusform>; %n con un problema, marcada abajo: no se enviará y figura como error en los resultados.</numerusform>
            <numerusform>; %n con un problema, marcadas abajo: no se enviarán y figuran como error en los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the run to finish before opening another file.</source>
        <translation>Espere a que termine la ejecución antes de abrir otro archivo.</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>Abrir archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed.</source>
        <translation>Terminado: %1 creados, %2 fallidos.</translation>
    </message>
    <message>
        <source>Stopped: %1 Rows not yet sent were not sent.</source>
        <translation>Detenido: %1 Las filas pendientes no se enviaron.</translation>
    </message>
    <message>
        <source>Canceled: %1 created; rows not sent are marked &quot;Not sent&quot;.</source>
        <translation>Cancelado: %1 creados; las filas no enviadas están marcadas como «No enviada».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Falló la escritura de %1: %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultados guardados en %1.</translation>
    </message>
    <message>
        <source>Save Results</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>S&amp;top Now</source>
        <translation>De&amp;tener ya</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>No se abrió: %1</translation>
    </message>
    <message>
        <source>Not sent: development allows %1 external users.</source>
        <translation>No enviado: desarrollo permite %1 usuarios externos.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowActions</name>
    <message>
        <source>Copy Link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>Copiar ID de usuario externo</translation>
    </message>
    <message>
        <source>Copy All Created Links</source>
        <translation>Copiar todos los enlaces creados</translation>
    </message>
    <message>
        <source>The selected rows have no Connect Link to copy.</source>
        <translation>Las filas seleccionadas no tienen ningún Connect Link que copiar.</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>Connect Link de %1 copiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n Connect Link(s) copied, one per line.</source>
        <translation>
            <numerusform>%n Connect Link copiado, uno por línea.</numerusform>
            <numerusform>%n Connect Links copiados, uno por línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>External user IDs copied.</source>
        <translation>ID de usuarios externos copiados.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowsModel</name>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Will not be sent</source>
        <translation>No se enviará</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>(customer picks)</source>
        <translation>(elige el cliente)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>ID de usuario externo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connect Link or problem</source>
        <translation>Connect Link o problema</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CallLogView</name>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation>Filtrar por método, ruta, estado o error</translation>
    </message>
    <message>
        <source>Filter the call log</source>
        <translation>Filtrar el registro de llamadas</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Solo &amp;errores</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Clear the call log</source>
        <translation>Vaciar el registro de llamadas</translation>
    </message>
    <message>
        <source>Calls made this session</source>
        <translation>Llamadas de esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this session</source>
        <translation>
            <numerusform>%n llamada en esta sesión</numerusform>
            <numerusform>%n llamadas en esta sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 de %n llamada mostrada</numerusform>
            <numerusform>%1 de %n llamadas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the calls that ended in an error</source>
        <translation>Mostrar solo las llamadas que terminaron en error</translation>
    </message>
    <message>
        <source>Remove every call from the log</source>
        <translation>Quitar todas las llamadas del registro</translation>
    </message>
    <message>
        <source>Hide connection &amp;polling</source>
        <translation>Ocultar &amp;sondeos de conexión</translation>
    </message>
    <message>
        <source>Hide the checks for the customer&apos;s connection (GET …/accounts?external_user_id=…) made every few seconds while a link waits; failed checks stay visible</source>
        <translation>Oculta las comprobaciones de la conexión del cliente (GET …/accounts?external_user_id=…) que se hacen cada pocos segundos mientras un enlace espera; las comprobaciones fallidas siguen visibles</translation>
    </message>
    <message>
        <source>Every API call of this session with its status and duration. Enter or a double-click shows the call&apos;s request and response.</source>
        <translation>Cada llamada a la API de esta sesión con su estado y duración. Intro o un doble clic muestra la solicitud y la respuesta de la llamada.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CodeExportView</name>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy as &amp;TypeScript</source>
        <translation>Copiar como &amp;TypeScript</translation>
    </message>
    <message>
        <source>Copy as &amp;Python</source>
        <translation>Copiar como &amp;Python</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
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
        <translation>Obtener primero el token de acceso (oauth/token con $PIPEDREAM_CLIENT_ID y $PIPEDREAM_CLIENT_SECRET)</translation>
    </message>
    <message>
        <source>Include my real access token instead of $PIPEDREAM_ACCESS_TOKEN — anyone with the command can act as this OAuth client until it expires</source>
        <translation>Incluir mi token de acceso real en lugar de $PIPEDREAM_ACCESS_TOKEN: quien tenga la orden puede actuar como este cliente OAuth hasta que caduque</translation>
    </message>
    <message>
        <source>Code snippet</source>
        <translation>Fragmento de código</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Sin token de acceso: %1</translation>
    </message>
    <message>
        <source>Runs in bash with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>Se ejecuta en bash con PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET definidos.</translation>
    </message>
    <message>
        <source>Getting the access token…</source>
        <translation>Obteniendo el token de acceso…</translation>
    </message>
    <message>
        <source>Contains your real access token: share it with nobody.</source>
        <translation>Contiene su token de acceso real: no lo comparta con nadie.</translation>
    </message>
    <message>
        <source>Set PIPEDREAM_ACCESS_TOKEN first (POST /v1/oauth/token), or tick the option above.</source>
        <translation>Defina antes PIPEDREAM_ACCESS_TOKEN (POST /v1/oauth/token) o marque la opción de arriba.</translation>
    </message>
    <message>
        <source>@pipedream/sdk 3.x; run as an ES module with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>@pipedream/sdk 3.x; ejecútelo como módulo ES con PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET definidos.</translation>
    </message>
    <message>
        <source>pipedream 2.x (pip install pipedream) with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>pipedream 2.x (pip install pipedream) con PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET definidos.</translation>
    </message>
    <message>
        <source>cURL command copied.</source>
        <translation>Orden cURL copiada.</translation>
    </message>
    <message>
        <source>TypeScript copied.</source>
        <translation>TypeScript copiado.</translation>
    </message>
    <message>
        <source>Python copied.</source>
        <translation>Python copiado.</translation>
    </message>
    <message>
        <source>Copy the request as a cURL command for bash</source>
        <translation>Copiar la solicitud como orden cURL para bash</translation>
    </message>
    <message>
        <source>Copy the request as TypeScript for @pipedream/sdk</source>
        <translation>Copiar la solicitud como TypeScript para @pipedream/sdk</translation>
    </message>
    <message>
        <source>Copy the request as Python for the pipedream package</source>
        <translation>Copiar la solicitud como Python para el paquete pipedream</translation>
    </message>
    <message>
        <source>Show the request below as a cURL command</source>
        <translation>Mostrar abajo la solicitud como orden cURL</translation>
    </message>
    <message>
        <source>Show the request below as TypeScript</source>
        <translation>Mostrar abajo la solicitud como TypeScript</translation>
    </message>
    <message>
        <source>Show the request below as Python</source>
        <translation>Mostrar abajo la solicitud como Python</translation>
    </message>
    <message>
        <source>Start the command with the call that fetches an access token</source>
        <translation>Empezar la orden con la llamada que obtiene un token de acceso</translation>
    </message>
    <message>
        <source>Put this session&apos;s access token into the command; keep the command private</source>
        <translation>Poner el token de acceso de esta sesión en la orden; mantenga la orden en privado</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ConnectionStatusWidget</name>
    <message>
        <source>Stop watching</source>
        <translation>Dejar de vigilar</translation>
    </message>
    <message>
        <source>Stop watching for the customer&apos;s connection</source>
        <translation>Dejar de vigilar la conexión del cliente</translation>
    </message>
    <message>
        <source>Connection status icon</source>
        <translation>Icono del estado de la conexión</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect…</source>
        <translation>Esperando a que el cliente se conecte…</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (checked %1)</source>
        <translation>Esperando a que el cliente se conecte… (comprobado %1)</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <translation>Conectado: %1 a las %2</translation>
    </message>
    <message>
        <source>Expired without a connection</source>
        <translation>Caducó sin conexión</translation>
    </message>
    <message>
        <source>Cannot tell whether the customer connected: %1</source>
        <translation>No se puede saber si el cliente se conectó: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (the last check failed: %1 Trying again.)</source>
        <translation>Esperando a que el cliente se conecte… (falló la última comprobación: %1 Se vuelve a intentar.)</translation>
    </message>
    <message>
        <source>Customer connected %1</source>
        <translation>El cliente conectó %1</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 conectó %2.</translation>
    </message>
    <message>
        <source>Connect Link expired</source>
        <translation>Connect Link caducado</translation>
    </message>
    <message>
        <source>The link for %1 expired without a connection.</source>
        <translation>El enlace de %1 caducó sin conexión.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>No longer watching for the customer&apos;s connection.</source>
        <translation>Ya no se vigila la conexión del cliente.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerDetail</name>
    <message>
        <source>Back to search</source>
        <translation>Volver a la búsqueda</translation>
    </message>
    <message>
        <source>Back to the customer search (Esc)</source>
        <translation>Volver a la búsqueda de clientes (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask the server again (F5)</source>
        <translation>Volver a preguntar al servidor (F5)</translation>
    </message>
    <message>
        <source>Only &amp;unhealthy or dead</source>
        <translation>Solo con &amp;problemas o muertas</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Cuentas conectadas</translation>
    </message>
    <message>
        <source>Links made on this machine</source>
        <translation>Enlaces creados en este equipo</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Links made for this customer on this machine</source>
        <translation>Enlaces creados para este cliente en este equipo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Make a Connect Link for this customer and the selected account&apos;s app</source>
        <translation>Crear un Connect Link para este cliente y la app de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Copiar el ID de la cuenta</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Eliminar la cuenta…</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Eliminar el cliente…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Cargando cuentas…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n account(s) loaded; the rest could not be loaded: %1</source>
        <translation>
            <numerusform>Se muestra %n cuenta cargada; el resto no se pudo cargar: %1</numerusform>
            <numerusform>Se muestran las %n cuentas cargadas; el resto no se pudo cargar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>No se pudieron cargar las cuentas: %1</translation>
    </message>
    <message>
        <source>%1 has no connected accounts.</source>
        <translation>%1 no tiene cuentas conectadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n necesita atención</numerusform>
            <numerusform>%n necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>None is unhealthy or dead.</source>
        <translation>Ninguna tiene problemas ni está muerta.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Actualizado a las %1.</translation>
    </message>
    <message>
        <source>Delete the selected account (Delete)</source>
        <translation>Eliminar la cuenta seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Delete this external user and all their accounts</source>
        <translation>Eliminar este usuario externo y todas sus cuentas</translation>
    </message>
    <message>
        <source>No link was made for this customer on this machine.</source>
        <translation>No se creó ningún enlace para este cliente en este equipo.</translation>
    </message>
    <message>
        <source>Account ID %1 copied.</source>
        <translation>ID de cuenta %1 copiado.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerFinder</name>
    <message>
        <source>Search external user IDs</source>
        <translation>Buscar IDs de usuarios externos</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Remove users…</source>
        <translation>Quitar usuarios…</translation>
    </message>
    <message>
        <source>Choose a project in the link form (Ctrl+1) to find its customers.</source>
        <translation>Elija un proyecto en el formulario de enlace (Ctrl+1) para buscar sus clientes.</translation>
    </message>
    <message>
        <source>Loading more customers…</source>
        <translation>Cargando más clientes…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Showing the %1 customers loaded; the next page failed: %2</source>
        <translation>Se muestran los %1 clientes cargados; la página siguiente falló: %2</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No external users in this project and environment yet.</source>
        <translation>Todavía no hay usuarios externos en este proyecto y entorno.</translation>
    </message>
    <message>
        <source>No external user matches &quot;%1&quot;.</source>
        <translation>Ningún usuario externo coincide con «%1».</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers.</source>
        <translation>Se muestran %1 de %2 clientes.</translation>
    </message>
    <message>
        <source>Showing the first %1 customers.</source>
        <translation>Se muestran los primeros %1 clientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n cliente encontrado.</numerusform>
            <numerusform>%n clientes encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>This development project has reached its limit of %1 external users: links for new customers are refused. Remove users you no longer need.</source>
        <translation>Este proyecto de desarrollo alcanzó su límite de %1 usuarios externos: se rechazan los enlaces para clientes nuevos. Quite los usuarios que ya no necesite.</translation>
    </message>
    <message>
        <source>This development project has %1 of its %2 external users: links for new customers are refused beyond that.</source>
        <translation>Este proyecto de desarrollo tiene %1 de sus %2 usuarios externos: por encima de eso se rechazan los enlaces para clientes nuevos.</translation>
    </message>
    <message>
        <source>Select a user and press Delete.</source>
        <translation>Seleccione un usuario y pulse Supr.</translation>
    </message>
    <message>
        <source>Select a user you no longer need and press Delete.</source>
        <translation>Seleccione un usuario que ya no necesite y pulse Supr.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerListModel</name>
    <message>
        <source>%1 — recent on this machine</source>
        <translation>%1 — reciente en este equipo</translation>
    </message>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — desde %2</translation>
    </message>
    <message>
        <source>New link for this customer: %1</source>
        <translation>Nuevo enlace para este cliente: %1</translation>
    </message>
    <message>
        <source>No external user has this ID yet: make a Connect Link for them.</source>
        <translation>Ningún usuario externo tiene todavía este ID: cree un Connect Link para él.</translation>
    </message>
    <message>
        <source>Press Enter to see this customer&apos;s accounts.</source>
        <translation>Pulse Intro para ver las cuentas de este cliente.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersMode</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersView</name>
    <message>
        <source>Audit log…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <source>Customers of %1 in %2 (%3). Change the project or environment in the link form (Ctrl+1).</source>
        <translation>Clientes de %1 en %2 (%3). Cambie el proyecto o el entorno en el formulario de enlace (Ctrl+1).</translation>
    </message>
    <message>
        <source>No project chosen: pick one in the link form (Ctrl+1).</source>
        <translation>No hay proyecto elegido: elija uno en el formulario de enlace (Ctrl+1).</translation>
    </message>
    <message>
        <source>Every deletion made on this machine</source>
        <translation>Cada eliminación hecha en este equipo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another deletion is still on its way: wait for its answer.</source>
        <translation>Otra eliminación sigue en curso: espere su respuesta.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>Nothing was deleted: another deletion is on its way.</source>
        <translation>No se eliminó nada: otra eliminación está en curso.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeletionConfirmDialog</name>
    <message>
        <source>Delete External User</source>
        <translation>Eliminar usuario externo</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Delete the external user %1 and every account they connected?</source>
        <translation>¿Eliminar el usuario externo %1 y todas las cuentas que conectó?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the external user %1 and their %n connected account(s)?</source>
        <translation>
            <numerusform>¿Eliminar el usuario externo %1 y su %n cuenta conectada?</numerusform>
            <numerusform>¿Eliminar el usuario externo %1 y sus %n cuentas conectadas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account %1 (%2) of %3?</source>
        <translation>¿Eliminar la cuenta %1 (%2) de %3?</translation>
    </message>
    <message>
        <source>Project %1, %2. This cannot be undone; it is written to the audit log.</source>
        <translation>Proyecto %1, %2. No se puede deshacer; queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>This is production: type the external user ID %1 to confirm.</source>
        <translation>Esto es producción: escriba el ID de usuario externo %1 para confirmar.</translation>
    </message>
    <message>
        <source>External user ID to confirm</source>
        <translation>ID de usuario externo para confirmar</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable Delete.</source>
        <translation>Escriba %1 exactamente para habilitar Eliminar.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DevText</name>
    <message>
        <source>Read-only text. Select with Shift and the arrow keys, copy with Ctrl+C; Tab moves on.</source>
        <translation>Texto de solo lectura. Seleccione con Mayús y las flechas, copie con Ctrl+C; Tab pasa al siguiente.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperMode</name>
    <message>
        <source>Show the request, response, code export, call log, token check and presets</source>
        <translation>Mostrar la solicitud, la respuesta, la exportación de código, el registro de llamadas, la comprobación de tokens y los ajustes predefinidos</translation>
    </message>
    <message>
        <source>&amp;Developer mode</source>
        <translation>Modo de &amp;desarrollador</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperPanel</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>Res&amp;puesta</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ódigo</translation>
    </message>
    <message>
        <source>Call &amp;log</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Check &amp;token</source>
        <translation>Comprobar &amp;token</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Herramientas de desarrollo</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperTools</name>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Ajustes predefinidos</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>No answer yet, retrying</source>
        <translation>Aún sin respuesta; reintentando</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Reintentando: %1</translation>
    </message>
    <message>
        <source>Next try in %1…</source>
        <translation>Próximo intento en %1…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryModel</name>
    <message>
        <source>Expires %1</source>
        <translation>Caduca %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Caducado %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Profile %1, project %2</source>
        <translation>Perfil %1, proyecto %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>External user</source>
        <translation>Usuario externo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires / connected</source>
        <translation>Caduca / conectado</translation>
    </message>
    <message>
        <source>Sandbox (not real)</source>
        <translation>Sandbox (no es real)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Made in the built-in sandbox: the link never worked for a customer.</source>
        <translation>Creado en el sandbox integrado: el enlace nunca funcionó para un cliente.</translation>
    </message>
    <message>
        <source>Made by Bulk create from CSV.</source>
        <translation>Creado con «Creación masiva desde CSV».</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryView</name>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Copy this Connect Link to the clipboard</source>
        <translation>Copiar este Connect Link al portapapeles</translation>
    </message>
    <message>
        <source>Only a link whose token is still valid and unused can be copied</source>
        <translation>Solo se puede copiar un enlace cuyo token siga siendo válido y no se haya usado</translation>
    </message>
    <message>
        <source>This link can no longer be used: issue a new one.</source>
        <translation>Este enlace ya no se puede usar: emita uno nuevo.</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>Connect Link de %1 copiado.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not export the history to &quot;%1&quot;: %2</source>
        <translation>No se pudo exportar el historial a «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n enlace exportado a «%1».</numerusform>
            <numerusform>%n enlaces exportados a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>Copiar ID de usuario externo</translation>
    </message>
    <message>
        <source>Issue Again</source>
        <translation>Emitir de nuevo</translation>
    </message>
    <message>
        <source>Export Shown Links as CSV…</source>
        <translation>Exportar los enlaces mostrados como CSV…</translation>
    </message>
    <message>
        <source>A sandbox link is not real: copying it asks first</source>
        <translation>Un enlace del sandbox no es real: se pregunta antes de copiarlo</translation>
    </message>
    <message>
        <source>Sandbox Link</source>
        <translation>Enlace del sandbox</translation>
    </message>
    <message>
        <source>Copy a sandbox link for %1?</source>
        <translation>¿Copiar un enlace del sandbox para %1?</translation>
    </message>
    <message>
        <source>This link was made by the built-in sandbox, a stand-in for Pipedream on this computer. It is not real: it never works for a customer. Generate the link again with a real project.</source>
        <translation>Este enlace lo creó el sandbox integrado, un sustituto de Pipedream en este equipo. No es real: nunca funciona para un cliente. Genere el enlace de nuevo con un proyecto real.</translation>
    </message>
    <message>
        <source>Copy Anyway</source>
        <translation>Copiar de todos modos</translation>
    </message>
    <message>
        <source>External user ID %1 copied.</source>
        <translation>ID de usuario externo %1 copiado.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::IssueAgain</name>
    <message>
        <source>Issue Again</source>
        <translation>Emitir de nuevo</translation>
    </message>
    <message>
        <source>Replace what is in the form?</source>
        <translation>¿Reemplazar lo que hay en el formulario?</translation>
    </message>
    <message>
        <source>The form holds %1 (app: %2). Issue again fills it with the fields of the link for %3 (app: %4).</source>
        <translation>El formulario contiene %1 (app: %2). «Emitir de nuevo» lo rellena con los campos del enlace para %3 (app: %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>The form was kept as it was.</source>
        <translation>El formulario se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Form filled from history for %1: press Ctrl+Return to generate the link.</source>
        <translation>Formulario rellenado desde el historial para %1: pulse Ctrl+Return para generar el enlace.</translation>
    </message>
    <message>
        <source>Form filled from a sandbox link for %1, but the sandbox is not running: a new link would be made in %2. Check the project before you press Ctrl+Return.</source>
        <translation>Formulario rellenado desde un enlace del sandbox para %1, pero el sandbox no está en marcha: el nuevo enlace se crearía en %2. Compruebe el proyecto antes de pulsar Ctrl+Return.</translation>
    </message>
    <message>
        <source>Form filled from history for %1, but its project %2 is not in the picker: the link would be made in %3. Check the project before you press Ctrl+Return.</source>
        <translation>Formulario rellenado desde el historial para %1, pero su proyecto %2 no está en la lista: el enlace se crearía en %3. Compruebe el proyecto antes de pulsar Ctrl+Return.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ConnectDesk will follow the system language (%1) the next time it starts.</source>
        <translation>ConnectDesk usará el idioma del sistema (%1) la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>ConnectDesk will use %1 the next time it starts.</source>
        <translation>ConnectDesk usará %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LinkTroubleshooter</name>
    <message>
        <source>Check a lin&amp;k:</source>
        <translation>Compro&amp;bar un enlace:</translation>
    </message>
    <message>
        <source>Paste a Connect Link or a ctok_ token</source>
        <translation>Pegue un Connect Link o un token ctok_</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Copiar el diagnóstico</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Diagnosis copied: paste it into the support ticket.</source>
        <translation>Diagnóstico copiado: péguelo en el ticket de soporte.</translation>
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
        <translation>Servidor: simulador integrado en %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the fields listed under Generate first.</source>
        <translation>No se envió nada: corrija primero los campos indicados bajo «Generar enlace».</translation>
    </message>
    <message>
        <source>Creating a Connect token for %1…</source>
        <translation>Creando un token de Connect para %1…</translation>
    </message>
    <message>
        <source>Request canceled. Every field is kept.</source>
        <translation>Solicitud cancelada. Se conservan todos los campos.</translation>
    </message>
    <message>
        <source>No link was created. Every field is kept; fix the problem and generate again.</source>
        <translation>No se creó ningún enlace. Se conservan todos los campos; corrija el problema y vuelva a generar.</translation>
    </message>
    <message>
        <source>&amp;Generate link</source>
        <translation>&amp;Generar enlace</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Generar el Connect Link</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Cancelar la solicitud en curso (Escape)</translation>
    </message>
    <message>
        <source>Create the token and Connect Link (%1)</source>
        <translation>Crear el token y el Connect Link (%1)</translation>
    </message>
    <message>
        <source>Generate is disabled until:
• %1</source>
        <translation>Generar está desactivado hasta que:
• %1</translation>
    </message>
    <message>
        <source>Before you can generate: %1</source>
        <translation>Antes de generar: %1</translation>
    </message>
    <message>
        <source>Sandbox (links are not real)</source>
        <translation>Sandbox (los enlaces no son reales)</translation>
    </message>
    <message>
        <source>Set up a project or try the sandbox first.</source>
        <translation>Configure primero un proyecto o pruebe el sandbox.</translation>
    </message>
    <message>
        <source>Checking the app &quot;%1&quot;…</source>
        <translation>Comprobando la app «%1»…</translation>
    </message>
    <message>
        <source>no answer yet, retrying (attempt %1)</source>
        <translation>aún sin respuesta, reintentando (intento %1)</translation>
    </message>
    <message>
        <source>retrying (attempt %1)</source>
        <translation>reintentando (intento %1)</translation>
    </message>
    <message numerus="yes">
        <source>Creating the token… %n s</source>
        <translation>
            <numerusform>Creando el token… %n s</numerusform>
            <numerusform>Creando el token… %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link for %1 ready. %2 copies it.</source>
        <translation>Enlace para %1 listo. %2 lo copia.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sandbox link for %1 ready: it is not real and works only in this app&apos;s simulator.</source>
        <translation>Enlace de sandbox para %1 listo: no es real y solo funciona en el simulador de esta app.</translation>
    </message>
    <message numerus="yes">
        <source>Before you can generate, fix %n things. First: %1</source>
        <translation>
            <numerusform>Antes de generar, corrija %n cosa. Primero: %1</numerusform>
            <numerusform>Antes de generar, corrija %n cosas. Primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Link form</source>
        <translation>Formulario de enlace</translation>
    </message>
    <message>
        <source>Switch to the link form (Ctrl+1) to generate a link.</source>
        <translation>Cambie al formulario de enlace (Ctrl+1) para generar un enlace.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::MainWindowTools</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Bulk create from CSV…</source>
        <translation>Creación en &amp;lote desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Projects and credentials…</source>
        <translation>&amp;Proyectos y credenciales…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Probar el &amp;sandbox</translation>
    </message>
    <message>
        <source>Start a local stand-in for Pipedream; links it creates are not real.</source>
        <translation>Inicia un sustituto local de Pipedream; los enlaces que crea no son reales.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox running at %1. Links it creates are not real.</source>
        <translation>Sandbox en ejecución en %1. Los enlaces que crea no son reales.</translation>
    </message>
    <message>
        <source>%1 connected an account.</source>
        <translation>%1 conectó una cuenta.</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 conectó %2.</translation>
    </message>
    <message>
        <source>&amp;Link form</source>
        <translation>&amp;Formulario de enlace</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>Cl&amp;ientes</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OAuthClientPicker</name>
    <message>
        <source>Which OAuth client the customer authorizes: Pipedream&apos;s, or one of your project&apos;s own clients for this app (sent as oauth_app_id).</source>
        <translation>Qué cliente OAuth autoriza el cliente: el de Pipedream o uno de los clientes propios de su proyecto para esta app (se envía como oauth_app_id).</translation>
    </message>
    <message>
        <source>Pipedream&apos;s default</source>
        <translation>Predeterminado de Pipedream</translation>
    </message>
    <message>
        <source>Could not load the project&apos;s OAuth clients, so Pipedream&apos;s default is used: %1</source>
        <translation>No se pudieron cargar los clientes OAuth del proyecto, así que se usa el predeterminado de Pipedream: %1</translation>
    </message>
    <message>
        <source>The project has no OAuth client %1 for this app; Pipedream&apos;s default is used.</source>
        <translation>El proyecto no tiene el cliente OAuth %1 para esta app; se usa el predeterminado de Pipedream.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OAuth client:</source>
        <translation>Cliente OAuth:</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsEditor</name>
    <message>
        <source>Edit allowed origin</source>
        <translation>Editar origen permitido</translation>
    </message>
    <message>
        <source>Enter saves the origin, Escape cancels the edit.</source>
        <translation>Intro guarda el origen; Escape cancela la edición.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>El portapapeles no contiene texto para pegar.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n origin(s).</source>
        <translation>
            <numerusform>Se añadió %n origen.</numerusform>
            <numerusform>Se añadieron %n orígenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate(s) already in the list: %1.</source>
        <translation>
            <numerusform>Se descartó %n duplicado que ya estaba en la lista: %1.</numerusform>
            <numerusform>Se descartaron %n duplicados que ya estaban en la lista: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n origin(s): %1.</source>
        <translation>
            <numerusform>Se eliminó %n origen: %1.</numerusform>
            <numerusform>Se eliminaron %n orígenes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An entry left empty is removed.</source>
        <translation>Una entrada que se deja vacía se elimina.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>Valid; it will be saved as %1.</source>
        <translation>Válido; se guardará como %1.</translation>
    </message>
    <message>
        <source>Valid origin.</source>
        <translation>Origen válido.</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) need fixing before a token can be created; the reason is shown beside each.</source>
        <translation>
            <numerusform>Hay que corregir %n origen antes de poder crear un token; el motivo aparece al lado.</numerusform>
            <numerusform>Hay que corregir %n orígenes antes de poder crear un token; el motivo aparece junto a cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n origin(s).</source>
        <translation>
            <numerusform>Se restauró %n origen.</numerusform>
            <numerusform>Se restauraron %n orígenes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsModel</name>
    <message>
        <source>Valid origin: %1</source>
        <translation>Origen válido: %1</translation>
    </message>
    <message>
        <source>Valid origin</source>
        <translation>Origen válido</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>The emptied entry %1 was removed.</source>
        <translation>Se eliminó la entrada vaciada %1.</translation>
    </message>
    <message>
        <source>%1 is already in the list; the duplicate was dropped.</source>
        <translation>%1 ya está en la lista; se descartó el duplicado.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::PresetBar</name>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>&amp;Ajuste:</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nombre del ajuste predefinido</translation>
    </message>
    <message>
        <source>Type a name to save the form</source>
        <translation>Escriba un nombre para guardar el formulario</translation>
    </message>
    <message>
        <source>with project ID</source>
        <translation>con ID del proyecto</translation>
    </message>
    <message>
        <source>Save the project ID with the preset. Never saved: the external user ID and anything secret.</source>
        <translation>Guardar el ID del proyecto con el ajuste predefinido. Nunca se guardan el ID de usuario externo ni nada secreto.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the form as a preset</source>
        <translation>Guardar el formulario como ajuste predefinido</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>Car&amp;gar</translation>
    </message>
    <message>
        <source>Load the preset into the form</source>
        <translation>Cargar el ajuste predefinido en el formulario</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Cambiar el nombre del ajuste predefinido</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Eliminar el ajuste predefinido</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; updated.</source>
        <translation>Ajuste predefinido «%1» actualizado.</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved.</source>
        <translation>Ajuste predefinido «%1» guardado.</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>No hay ningún ajuste predefinido llamado «%1».</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; loaded; the external user ID was kept.</source>
        <translation>Ajuste predefinido «%1» cargado; se mantuvo el ID de usuario externo.</translation>
    </message>
    <message>
        <source>Preset renamed to &quot;%1&quot;.</source>
        <translation>Ajuste predefinido renombrado a «%1».</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; deleted.</source>
        <translation>Ajuste predefinido «%1» eliminado.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar ajuste predefinido</translation>
    </message>
    <message>
        <source>Name of the preset (for example &quot;Slack onboarding — prod, 2 h, least scope&quot;):</source>
        <translation>Nombre del ajuste predefinido (por ejemplo «Alta en Slack — prod, 2 h, alcance mínimo»):</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Cambiar nombre del ajuste predefinido</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar ajuste predefinido</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>¿Eliminar el ajuste predefinido «%1»?</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileDialog</name>
    <message>
        <source>%1 (IT)</source>
        <translation>%1 (TI)</translation>
    </message>
    <message>
        <source>%1 — provided by your IT department (read-only)</source>
        <translation>%1 — proporcionado por su departamento de TI (solo lectura)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>•••• kept for this session only — type to replace</source>
        <translation>•••• solo para esta sesión: escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>•••• stored — type to replace</source>
        <translation>•••• guardado: escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>Not stored — paste the client secret</source>
        <translation>No guardado: pegue el secreto de cliente</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Perfil «%1» guardado.</translation>
    </message>
    <message>
        <source>Storing the client secret…</source>
        <translation>Guardando el secreto de cliente…</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept for this session only and will be forgotten when ConnectDesk quits.</source>
        <translation>Guardado. El secreto de cliente solo se conserva durante esta sesión y se olvidará al cerrar ConnectDesk.</translation>
    </message>
    <message>
        <source>Saved. The client secret is in the OS keychain.</source>
        <translation>Guardado. El secreto de cliente está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The profile is saved, but its client secret is not: %1</source>
        <translation>El perfil está guardado, pero su secreto de cliente no: %1</translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy and save.</source>
        <translation>Duplicado. Cambie el nombre de la copia y guárdela.</translation>
    </message>
    <message>
        <source>Duplicated, but its client secret was not copied: %1</source>
        <translation>Duplicado, pero su secreto de cliente no se copió: %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its client secret is removed from the keychain too.</source>
        <translation>¿Eliminar el perfil «%1»? También se quitará su secreto de cliente del llavero.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted; its secret may remain in the keychain: %2</source>
        <translation>Perfil «%1» eliminado; su secreto podría quedar en el llavero: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Perfil «%1» eliminado.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be removed: %2

Delete the profile anyway? Its secret may then stay in the keychain.</source>
        <translation>No se pudo quitar el secreto de cliente de «%1»: %2

¿Eliminar el perfil de todos modos? Su secreto podría quedar en el llavero.</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Eliminar de todos modos</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Introduzca el secreto de cliente para probar la conexión.</translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation>Leyendo el secreto de cliente…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
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
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfiles</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Client secrets are never exported.</source>
        <translation>
            <numerusform>%n perfil exportado a %1. Los secretos de cliente nunca se exportan.</numerusform>
            <numerusform>%n perfiles exportados a %1. Los secretos de cliente nunca se exportan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Discard the unsaved changes?</source>
        <translation>¿Descartar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>Show or hide the typed client secret</source>
        <translation>Mostrar u ocultar el secreto de cliente escrito</translation>
    </message>
    <message>
        <source>Hide the typed client secret</source>
        <translation>Ocultar el secreto de cliente escrito</translation>
    </message>
    <message>
        <source>Show the typed client secret</source>
        <translation>Mostrar el secreto de cliente escrito</translation>
    </message>
    <message>
        <source>no project ID</source>
        <translation>sin ID de proyecto</translation>
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
        <translation>Producción</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileProjectSource</name>
    <message>
        <source>%1 (provided by IT)</source>
        <translation>%1 (proporcionado por TI)</translation>
    </message>
    <message>
        <source>Reading the client secret of &quot;%1&quot; from the keychain…</source>
        <translation>Leyendo del llavero el secreto de cliente de «%1»…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::QrCodeWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>QR code of the Connect Link</source>
        <translation>Código QR del Connect Link</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>Código QR guardado en %1.</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1.</source>
        <translation>No se pudo guardar el código QR en %1.</translation>
    </message>
    <message>
        <source>Save QR Code as PNG</source>
        <translation>Guardar código QR como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save QR Code as SVG</source>
        <translation>Guardar código QR como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>QR code copied as an image.</source>
        <translation>Código QR copiado como imagen.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::RequestPreview</name>
    <message>
        <source>Request method, URL and headers</source>
        <translation>Método, URL y cabeceras de la solicitud</translation>
    </message>
    <message>
        <source>Body (pretty-printed for reading):</source>
        <translation>Cuerpo (formateado para leerlo):</translation>
    </message>
    <message>
        <source>Request body, pretty-printed</source>
        <translation>Cuerpo de la solicitud, formateado</translation>
    </message>
    <message>
        <source>Request body exactly as sent</source>
        <translation>Cuerpo de la solicitud tal como se envía</translation>
    </message>
    <message>
        <source>Sent compact, only the fields that are set — exactly these %1 bytes (UTF-8):</source>
        <translation>Se envía compacto, solo con los campos definidos: exactamente estos %1 bytes (UTF-8):</translation>
    </message>
    <message>
        <source>Not sent as it stands — Generate refuses until these are fixed:
%1</source>
        <translation>No se envía tal cual: Generar no funcionará hasta corregir esto:
%1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResponseView</name>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <source>Body (pretty-printed):</source>
        <translation>Cuerpo (formateado):</translation>
    </message>
    <message>
        <source>No response yet. Generate a link, or double-click a call in the call log.</source>
        <translation>Aún no hay respuesta. Genere un enlace o haga doble clic en una llamada del registro.</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Sin respuesta HTTP</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no retries</source>
        <translation>sin reintentos</translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n reintento</numerusform>
            <numerusform>%n reintentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3 · %4 in total · %5 · %6</source>
        <translation>%1 %2 — %3 · %4 en total · %5 · %6</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>the window resets at %1</source>
        <translation>la ventana se reinicia a las %1</translation>
    </message>
    <message>
        <source>the server asks to wait %1 before retrying</source>
        <translation>el servidor pide esperar %1 antes de reintentar</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Meaning: %1.</source>
        <translation>Significado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln calls left</source>
        <translation>
            <numerusform>quedan %1 de %Ln llamada</numerusform>
            <numerusform>quedan %1 de %Ln llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Solicitud enviada:</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResultPane</name>
    <message>
        <source>This Connect Link has expired and is dead: a customer who opens it sees &quot;This link has expired&quot;. Do not send it.</source>
        <translation>Este Connect Link ha caducado y ya no sirve: un cliente que lo abra verá «This link has expired». No lo envíe.</translation>
    </message>
    <message>
        <source>Connect Link: %1</source>
        <translation>Connect Link: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no app chosen: the customer picks one</source>
        <translation>ninguna app elegida: el cliente elige una</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Expired — dead link</source>
        <translation>Caducado: enlace inutilizable</translation>
    </message>
    <message>
        <source>Expired link (do not send):</source>
        <translation>Enlace caducado (no lo envíe):</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>Envíe este enlace al cliente:</translation>
    </message>
    <message>
        <source>The Connect Link has expired.</source>
        <translation>El Connect Link ha caducado.</translation>
    </message>
    <message>
        <source>No Connect Link yet: generate one first.</source>
        <translation>Aún no hay Connect Link: genere uno primero.</translation>
    </message>
    <message>
        <source>The Connect Link has expired; generate a new one.</source>
        <translation>El Connect Link ha caducado; genere uno nuevo.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Could not open a browser; copy the link instead.</source>
        <translation>No se pudo abrir un navegador; copie el enlace.</translation>
    </message>
    <message>
        <source>Connect Link opened in the browser.</source>
        <translation>Connect Link abierto en el navegador.</translation>
    </message>
    <message>
        <source>development</source>
        <comment>environment</comment>
        <translation>desarrollo</translation>
    </message>
    <message>
        <source>production</source>
        <comment>environment</comment>
        <translation>producción</translation>
    </message>
    <message>
        <source>Not sent: the link shown is the previous one, for %1, and a new one is being created.</source>
        <translation>No enviado: el enlace mostrado es el anterior, para %1, y se está creando uno nuevo.</translation>
    </message>
    <message>
        <source>Not sent: the link shown is for %1, not for what the form says now. Generate a new link first.</source>
        <translation>No enviado: el enlace mostrado es para %1, no para lo que indica ahora el formulario. Genere primero un enlace nuevo.</translation>
    </message>
    <message>
        <source>Not sent: %1 already used this link; it cannot connect another account. Generate a new one.</source>
        <translation>No enviado: %1 ya usó este enlace; no puede conectar otra cuenta. Genere uno nuevo.</translation>
    </message>
    <message>
        <source>Development link — won&apos;t work for customers</source>
        <translation>Enlace de desarrollo: no funciona para clientes</translation>
    </message>
    <message>
        <source>Only for people signed in to pipedream.com (testing):</source>
        <translation>Solo para personas con sesión iniciada en pipedream.com (pruebas):</translation>
    </message>
    <message>
        <source>Used — connected at %1</source>
        <translation>Usado: conectado a las %1</translation>
    </message>
    <message>
        <source>Used — connected %1 at %2</source>
        <translation>Usado: %1 conectado a las %2</translation>
    </message>
    <message>
        <source>Already used by %1 (do not send again):</source>
        <translation>Ya usado por %1 (no lo vuelva a enviar):</translation>
    </message>
    <message>
        <source>The customer connected with this link; it cannot be used again. For another account, generate a new link.</source>
        <translation>El cliente se conectó con este enlace; no se puede volver a usar. Para otra cuenta, genere un enlace nuevo.</translation>
    </message>
    <message>
        <source>For %1, not the current form</source>
        <translation>Para %1, no para el formulario actual</translation>
    </message>
    <message>
        <source>Previous link for %1 (a new one is being created; do not send):</source>
        <translation>Enlace anterior para %1 (se está creando uno nuevo; no lo envíe):</translation>
    </message>
    <message>
        <source>Link for %1 only (the form names someone or something else; do not send):</source>
        <translation>Enlace solo para %1 (el formulario indica otra persona u otra cosa; no lo envíe):</translation>
    </message>
    <message>
        <source>Link for %1 copied.</source>
        <translation>Enlace para %1 copiado.</translation>
    </message>
    <message>
        <source>Token for %1 copied.</source>
        <translation>Token para %1 copiado.</translation>
    </message>
    <message>
        <source>built-in sandbox (not real)</source>
        <translation>sandbox integrado (no es real)</translation>
    </message>
    <message>
        <source>Sandbox link — not real, do not send</source>
        <translation>Enlace de sandbox: no es real, no lo envíe</translation>
    </message>
    <message>
        <source>Works only in this app&apos;s simulator, not for a customer:</source>
        <translation>Solo funciona en el simulador de esta app, no para un cliente:</translation>
    </message>
    <message>
        <source>Made by the built-in sandbox: this link opens only the simulator inside this app, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>Creado por el sandbox integrado: este enlace solo abre el simulador de esta app, en este equipo, mientras el sandbox está en marcha. No lo envíe a un cliente; para un cliente, genere el enlace en un proyecto real.</translation>
    </message>
    <message>
        <source>Sandbox link for %1 copied (not real: do not send it to a customer).</source>
        <translation>Enlace de sandbox para %1 copiado (no es real: no lo envíe a un cliente).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SandboxLauncher</name>
    <message>
        <source>Could not start the sandbox: no local port could be opened on 127.0.0.1.</source>
        <translation>No se pudo iniciar el sandbox: no se pudo abrir ningún puerto local en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ScopePicker</name>
    <message>
        <source>Filter scopes</source>
        <translation>Filtrar alcances</translation>
    </message>
    <message>
        <source>Shows only the scopes whose name or description contains this text. Down arrow or Enter moves to the list.</source>
        <translation>Muestra solo los alcances cuyo nombre o descripción contiene este texto. La flecha abajo o Intro pasa a la lista.</translation>
    </message>
    <message>
        <source>Connect token scopes</source>
        <translation>Alcances del token de Connect</translation>
    </message>
    <message>
        <source>Space checks or unchecks the current scope. With none checked the token gets the server default, connect:*, which includes all the others.</source>
        <translation>La barra espaciadora marca o desmarca el alcance actual. Si no hay ninguno marcado, el token recibe el valor predeterminado del servidor, connect:*, que incluye todos los demás.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Unchecked %1: connect:* includes all of these.</source>
        <translation>Desmarcados %1: connect:* los incluye todos.</translation>
    </message>
    <message>
        <source>Checked again: %1.</source>
        <translation>Marcados de nuevo: %1.</translation>
    </message>
    <message>
        <source>Unchecked connect:*: it includes every other scope, so it cannot be combined with %1.</source>
        <translation>Desmarcado connect:*: incluye todos los demás alcances, así que no se puede combinar con %1.</translation>
    </message>
    <message>
        <source>No scope checked: the token gets the server default, connect:* (everything under Connect).</source>
        <translation>Ningún alcance marcado: el token recibe el valor predeterminado del servidor, connect:* (todo lo de Connect).</translation>
    </message>
    <message>
        <source>connect:* includes all of these; check narrower scopes instead to limit what the token can do.</source>
        <translation>connect:* incluye todos estos; marque alcances más limitados para restringir lo que puede hacer el token.</translation>
    </message>
    <message numerus="yes">
        <source>The token is limited to %n scope(s).</source>
        <translation>
            <numerusform>El token se limita a %n alcance.</numerusform>
            <numerusform>El token se limita a %n alcances.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scope matches &quot;%1&quot;.</source>
        <translation>Ningún alcance coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SharePanel</name>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>Copiar el mensaje con el enlace incluido, listo para pegar en un chat o un ticket</translation>
    </message>
    <message>
        <source>There is no link to share yet.</source>
        <translation>Aún no hay ningún enlace que compartir.</translation>
    </message>
    <message>
        <source>This link has expired; generate a new one before sending it.</source>
        <translation>Este enlace ha caducado; genere uno nuevo antes de enviarlo.</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with the link.</source>
        <translation>Se copió el mensaje «%1» con el enlace.</translation>
    </message>
    <message>
        <source>Opened a new email in your mail program.</source>
        <translation>Se abrió un correo nuevo en su programa de correo.</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>Abrir un correo nuevo en su programa de correo con el mensaje ya escrito</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>Mostrar el enlace como código QR que el cliente puede escanear en la pantalla</translation>
    </message>
    <message>
        <source>Hide &amp;QR code</source>
        <translation>Ocultar código &amp;QR</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>Mostrar código &amp;QR</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with a sandbox link (not real: do not send it to a customer).</source>
        <translation>Mensaje «%1» copiado con un enlace de sandbox (no es real: no lo envíe a un cliente).</translation>
    </message>
    <message>
        <source>No mail program could be opened on this computer. Copy the message instead and paste it into your mail or webmail.</source>
        <translation>No se pudo abrir ningún programa de correo en este equipo. Copie el mensaje y péguelo en su correo o webmail.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::StatusLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TemplateEditorDialog</name>
    <message>
        <source>The message as the customer will see it.</source>
        <translation>El mensaje tal como lo verá el cliente.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Ya hay una plantilla llamada «%1».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>Marcadores desconocidos: %1</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Asunto: %1

%2</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They are sent exactly as typed; check the spelling (known: {link}, {app}, {external_user_id}, {expires_at}, {expires_in}).</source>
        <translation>Marcadores desconocidos: %1. Se envían tal como están escritos; revise la ortografía (conocidos: {link}, {app}, {external_user_id}, {expires_at}, {expires_in}).</translation>
    </message>
    <message>
        <source>This template has no {link}: the customer would get no link.</source>
        <translation>Esta plantilla no tiene {link}: el cliente no recibiría ningún enlace.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Plantilla nueva</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenCheckView</name>
    <message>
        <source>Connect token to check</source>
        <translation>Token de Connect que comprobar</translation>
    </message>
    <message>
        <source>app slug or ID, e.g. slack (optional)</source>
        <translation>slug o ID de la app, p. ej. slack (opcional)</translation>
    </message>
    <message>
        <source>App to check the token against</source>
        <translation>App con la que comprobar el token</translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation>Compro&amp;bar token</translation>
    </message>
    <message>
        <source>Ask the server whether the token is still valid</source>
        <translation>Preguntar al servidor si el token sigue siendo válido</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>Asks GET /v1/connect/tokens/{token}/validate whether a Connect Link still works.</source>
        <translation>Pregunta a GET /v1/connect/tokens/{token}/validate si un Connect Link todavía funciona.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>Proyecto: %1 (%2)</translation>
    </message>
    <message>
        <source>External user ID: %1</source>
        <translation>ID de usuario externo: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>El servidor respondió: «%1»</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenForm</name>
    <message>
        <source>Type the project ID; it starts with proj_.</source>
        <translation>Escriba el ID del proyecto; empieza por proj_.</translation>
    </message>
    <message>
        <source>Set by the &quot;%1&quot; project.</source>
        <translation>Definido por el proyecto «%1».</translation>
    </message>
    <message>
        <source>Hide advanced fields</source>
        <translation>Ocultar campos avanzados</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>Mostrar campos avanzados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pipedream&apos;s servers cannot reach %1, so this webhook will get no events. Use an address on the internet (for example a tunnel to this computer).</source>
        <translation>Los servidores de Pipedream no pueden llegar a %1, así que este webhook no recibirá eventos. Use una dirección en internet (por ejemplo, un túnel a este equipo).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::WelcomePage</name>
    <message>
        <source>Welcome to ConnectDesk</source>
        <translation>Bienvenido a ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk creates Pipedream Connect Links for your customers. Try it first in the sandbox — a built-in stand-in for Pipedream, no account needed, links are not real — or add your project with its OAuth client. The client secret is kept in your system&apos;s keychain.</source>
        <translation>ConnectDesk crea Pipedream Connect Links para sus clientes. Pruébelo primero en el sandbox (un sustituto integrado de Pipedream, sin cuenta; los enlaces no son reales) o añada su proyecto con su cliente OAuth. El secreto de cliente se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Probar el &amp;sandbox</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Probar el sandbox</translation>
    </message>
    <message>
        <source>See the whole flow against a local simulator; nothing is sent to Pipedream.</source>
        <translation>Vea todo el proceso con un simulador local; no se envía nada a Pipedream.</translation>
    </message>
    <message>
        <source>&amp;Add a project</source>
        <translation>&amp;Añadir un proyecto</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Añadir un proyecto</translation>
    </message>
    <message>
        <source>Create a profile with your project ID and OAuth client.</source>
        <translation>Crear un perfil con el ID de su proyecto y su cliente OAuth.</translation>
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
        <translation>Una búsqueda puede tener como máximo %1 caracteres: ningún ID de usuario externo es más largo.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the client ID and secret.</source>
        <translation>Conectado: %1 aceptó el ID de cliente y el secreto.</translation>
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
        <translation>caduca en %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>acaba de caducar</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>The link has expired.</source>
        <translation>El enlace ha caducado.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s).</source>
        <translation>
            <numerusform>Caduca en %n minuto.</numerusform>
            <numerusform>Caduca en %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n hour(s).</source>
        <translation>
            <numerusform>Caduca en %n hora.</numerusform>
            <numerusform>Caduca en %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires in %1 and %2.</source>
        <extracomment>&quot;Expires in 3 hours and 59 minutes.&quot;</extracomment>
        <translation>Caduca en %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the file could not be read (%2)</source>
        <translation>línea %1: no se pudo leer el archivo (%2)</translation>
    </message>
    <message>
        <source>line %1: the file is not UTF-8 text</source>
        <translation>línea %1: el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>línea %1: un campo entre comillas no está cerrado</translation>
    </message>
</context>
<context>
    <name>CsvRowSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The first row must be a header with an external_user_id column (and optionally an app column).</source>
        <translation>La primera fila debe ser un encabezado con una columna external_user_id (y, opcionalmente, una columna app).</translation>
    </message>
</context>
<context>
    <name>CustomerAccount</name>
    <message>
        <source>Healthy</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Dead: must connect again</source>
        <translation>Muerta: debe conectarse de nuevo</translation>
    </message>
</context>
<context>
    <name>DeletionOutcome</name>
    <message>
        <source>Deleted the external user %1 and their accounts.</source>
        <translation>Se eliminaron el usuario externo %1 y sus cuentas.</translation>
    </message>
    <message>
        <source>Deleted the account %1.</source>
        <translation>Se eliminó la cuenta %1.</translation>
    </message>
    <message>
        <source>The external user %1 was already gone: nothing to delete.</source>
        <translation>El usuario externo %1 ya no existía: nada que eliminar.</translation>
    </message>
    <message>
        <source>The account %1 was already gone: nothing to delete.</source>
        <translation>La cuenta %1 ya no existía: nada que eliminar.</translation>
    </message>
    <message>
        <source>The answer to the deletion of %1 was lost (%2). It may have happened: refresh to see before trying again.</source>
        <translation>La respuesta a la eliminación de %1 se perdió (%2). Puede que se haya hecho: actualice para comprobarlo antes de reintentar.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 no se eliminó: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not allow deleting accounts or users.</source>
        <translation>El perfil &quot;%1&quot; no permite eliminar cuentas ni usuarios.</translation>
    </message>
    <message>
        <source>Nothing to delete: no ID was given.</source>
        <translation>Nada que eliminar: no se indicó ningún ID.</translation>
    </message>
</context>
<context>
    <name>DevLinkGuard</name>
    <message>
        <source>Share a development link?</source>
        <translation>¿Compartir un enlace de desarrollo?</translation>
    </message>
    <message>
        <source>This Connect Link was created in the development environment, so it will most likely not work for a customer: development allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. For a customer, generate the link in production.</source>
        <translation>Este Connect Link se creó en el entorno de desarrollo, así que lo más probable es que no funcione para un cliente: desarrollo admite como máximo 10 usuarios externos y quien se conecta debe haber iniciado sesión en pipedream.com en el mismo navegador. Para un cliente, genere el enlace en producción.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again this session</source>
        <translation>No volver a preguntar en esta sesión</translation>
    </message>
    <message>
        <source>Development link</source>
        <translation>Enlace de desarrollo</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Compartir de todos modos</translation>
    </message>
    <message>
        <source>Share a sandbox link?</source>
        <translation>¿Compartir un enlace de sandbox?</translation>
    </message>
    <message>
        <source>This Connect Link was made by the built-in sandbox, a simulator inside this app. It is not real: it works only in this app&apos;s simulator, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>Este Connect Link lo creó el sandbox integrado, un simulador dentro de esta app. No es real: solo funciona en el simulador de esta app, en este equipo, mientras el sandbox está en marcha. No lo envíe a un cliente; para un cliente, genere el enlace en un proyecto real.</translation>
    </message>
    <message>
        <source>Development link: it will not work for a customer.</source>
        <translation>Enlace de desarrollo: no funcionará para un cliente.</translation>
    </message>
    <message>
        <source>Sandbox link: not real, it works only in this app&apos;s simulator. Do not send it to a customer.</source>
        <translation>Enlace de sandbox: no es real, solo funciona en el simulador de esta app. No lo envíe a un cliente.</translation>
    </message>
    <message>
        <source>Sandbox link</source>
        <translation>Enlace de sandbox</translation>
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
        <translation>Revise los campos resaltados</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Wrong client ID or secret</source>
        <translation>ID de cliente o secreto incorrectos</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Respuesta inesperada del servidor</translation>
    </message>
    <message>
        <source>Cannot reach the server — offline?</source>
        <translation>No se puede contactar con el servidor: ¿sin conexión?</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Error de TLS</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>La respuesta era demasiado grande</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Proyecto no encontrado</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>El servidor rechazó la solicitud</translation>
    </message>
    <message>
        <source>Pipedream had a problem</source>
        <translation>Pipedream tuvo un problema</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>La solicitud falló</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Puede volver a intentarlo en %1.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <translation>El servidor dijo: «%1».</translation>
    </message>
    <message>
        <source>Rate limited by the server</source>
        <translation>Limitado por el servidor</translation>
    </message>
    <message>
        <source>Check the project ID and the environment.</source>
        <translation>Revise el ID del proyecto y el entorno.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation>Revise los campos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>If the request had already reached the server, a token may exist but was not shown; it expires on its own.</source>
        <translation>Si la solicitud ya había llegado al servidor, puede existir un token que no se mostró; caduca por sí solo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open Projects and credentials</source>
        <translation>Abrir Proyectos y credenciales</translation>
    </message>
</context>
<context>
    <name>ExtraCaCertificates</name>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2: %3</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>no PEM certificate in the file.</source>
        <translation>no hay ningún certificado PEM en el archivo.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Use the built-in simulator.</source>
        <translation>Usar el simulador integrado.</translation>
    </message>
    <message>
        <source>Build and render the window once, then exit.</source>
        <translation>Construir y dibujar la ventana una vez y salir.</translation>
    </message>
    <message>
        <source>Connect API base URL.</source>
        <translation>URL base de la Connect API.</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>Idioma de la interfaz.</translation>
    </message>
    <message>
        <source>--api-base-url needs an http(s) URL, got &quot;%1&quot;.</source>
        <translation>--api-base-url necesita una URL http(s); se recibió «%1».</translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>--lang: no hay traducción para «%1»; disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>External user or app</source>
        <translation>Usuario externo o app</translation>
    </message>
    <message>
        <source>Search history by external user or app</source>
        <translation>Buscar en el historial por usuario externo o app</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Show links in this state</source>
        <translation>Mostrar enlaces en este estado</translation>
    </message>
    <message>
        <source>Generated links</source>
        <translation>Enlaces generados</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the selected Connect Link</source>
        <translation>Copiar el Connect Link seleccionado</translation>
    </message>
    <message>
        <source>&amp;Issue again</source>
        <translation>&amp;Emitir de nuevo</translation>
    </message>
    <message>
        <source>Issue a new link with the same fields</source>
        <translation>Emitir un enlace nuevo con los mismos campos</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the shown history as CSV</source>
        <translation>Exportar como CSV el historial mostrado</translation>
    </message>
    <message>
        <source>Show only links that are active, connected, expired or failed</source>
        <translation>Mostrar solo los enlaces activos, conectados, caducados o fallidos</translation>
    </message>
    <message>
        <source>Links created on this computer and their state</source>
        <translation>Enlaces creados en este equipo y su estado</translation>
    </message>
    <message>
        <source>Create a new link with the same fields for the same customer</source>
        <translation>Crear un enlace nuevo con los mismos campos para el mismo cliente</translation>
    </message>
    <message>
        <source>Save the links shown in the table as a CSV file</source>
        <translation>Guardar como archivo CSV los enlaces mostrados en la tabla</translation>
    </message>
</context>
<context>
    <name>LinkDiagnosis</name>
    <message>
        <source>The link works: it is unused and not expired. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>El enlace funciona: no se ha usado y no ha caducado. El cliente puede abrirlo ahora; si dice que no funciona, revise la app y su navegador.</translation>
    </message>
    <message>
        <source>The link works: it is unused and valid until %1. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>El enlace funciona: no se ha usado y es válido hasta %1. El cliente puede abrirlo ahora; si dice que no funciona, revise la app y su navegador.</translation>
    </message>
    <message>
        <source>This is a development link: it works only for the project&apos;s developers, not for a customer. Create a production link for the customer.</source>
        <translation>Es un enlace de desarrollo: solo funciona para los desarrolladores del proyecto, no para un cliente. Cree un enlace de producción para el cliente.</translation>
    </message>
    <message>
        <source>This link was made in ConnectDesk&apos;s built-in sandbox: it never worked for anyone. Create a real link with a project profile.</source>
        <translation>Este enlace se creó en el sandbox integrado de ConnectDesk: nunca funcionó para nadie. Cree un enlace real con un perfil de proyecto.</translation>
    </message>
    <message>
        <source>The link has expired: Connect Links are short-lived. Issue a new link and ask the customer to open it right away.</source>
        <translation>El enlace ha caducado: los Connect Links duran poco. Emita un enlace nuevo y pida al cliente que lo abra enseguida.</translation>
    </message>
    <message>
        <source>The link was used and it worked: %1 (%2) is connected and healthy. A link works only once; if the customer needs another account, create a new link.</source>
        <translation>El enlace se usó y funcionó: %1 (%2) está conectada y correcta. Un enlace funciona una sola vez; si el cliente necesita otra cuenta, cree un enlace nuevo.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The link was already used. This machine did not make it, so the customer is unknown: find them in Customers to see their accounts.</source>
        <translation>El enlace ya se usó. Este equipo no lo creó, así que el cliente es desconocido: búsquelo en Clientes para ver sus cuentas.</translation>
    </message>
    <message>
        <source>The link was already used, but the customer has no %1 account now: it may have been deleted. Create a new link.</source>
        <translation>El enlace ya se usó, pero el cliente no tiene ahora una cuenta de %1: puede que se haya eliminado. Cree un enlace nuevo.</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>correspondiente</translation>
    </message>
    <message>
        <source>The server does not know this token: it may be mistyped or cut off, or it belongs to another project or environment. Ask the customer to paste the whole link.</source>
        <translation>El servidor no conoce este token: puede estar mal escrito o cortado, o pertenecer a otro proyecto o entorno. Pida al cliente que pegue el enlace completo.</translation>
    </message>
    <message>
        <source>The token is fine but the link names an app that does not exist (&quot;%1&quot;). Create a new link with the right app.</source>
        <translation>El token es correcto, pero el enlace nombra una app que no existe (&quot;%1&quot;). Cree un enlace nuevo con la app correcta.</translation>
    </message>
    <message>
        <source>The link could not be checked: %1</source>
        <translation>No se pudo comprobar el enlace: %1</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is dead: &quot;%2&quot;. Ask the customer to connect again with a new link.</source>
        <translation>El enlace funcionó, pero la cuenta de %1 está muerta: &quot;%2&quot;. Pida al cliente que vuelva a conectarse con un enlace nuevo.</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is unhealthy: &quot;%2&quot;. Pipedream keeps retrying; if it stays so, ask the customer to connect again with a new link.</source>
        <translation>El enlace funcionó, pero la cuenta de %1 tiene problemas: &quot;%2&quot;. Pipedream sigue reintentando; si continúa así, pida al cliente que vuelva a conectarse con un enlace nuevo.</translation>
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
        <translation>&amp;Generar enlace</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Generar el Connect Link</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Enlace</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancelar solicitud</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Copy Connect &amp;Link</source>
        <translation>Copiar Connect &amp;Link</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copiar &amp;token</translation>
    </message>
    <message>
        <source>&amp;Open link in browser</source>
        <translation>&amp;Abrir enlace en el navegador</translation>
    </message>
    <message>
        <source>&amp;About ConnectDesk</source>
        <translation>&amp;Acerca de ConnectDesk</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>the Connect Link</source>
        <translation>el Connect Link</translation>
    </message>
    <message>
        <source>the app&apos;s name (Slack), or its slug</source>
        <translation>el nombre de la app (Slack) o su slug</translation>
    </message>
    <message>
        <source>the customer&apos;s external user ID</source>
        <translation>el ID de usuario externo del cliente</translation>
    </message>
    <message>
        <source>when the link expires, as a date and time</source>
        <translation>cuándo caduca el enlace, como fecha y hora</translation>
    </message>
    <message>
        <source>how long the link is still valid (3 hours 59 minutes)</source>
        <translation>cuánto tiempo sigue siendo válido el enlace (3 horas 59 minutos)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Your link to connect {app}</source>
        <translation>Su enlace para conectar {app}</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Here is your secure link to connect {app}: {link}
It works once and expires in {expires_in} ({expires_at}).</source>
        <translation>Aquí tiene su enlace seguro para conectar {app}: {link}
Funciona una vez y caduca en {expires_in} ({expires_at}).</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Ticket de soporte</translation>
    </message>
    <message>
        <source>Hi,

Please use the link below to connect {app}. It can be used once and is valid until {expires_at}.

{link}

If the link has expired before you get to it, reply to this ticket and we will send a fresh one.

Reference: {external_user_id}</source>
        <translation>Hola:

Use el siguiente enlace para conectar {app}. Se puede usar una vez y es válido hasta {expires_at}.

{link}

Si el enlace caduca antes de que pueda usarlo, responda a este ticket y le enviaremos uno nuevo.

Referencia: {external_user_id}</translation>
    </message>
    <message>
        <source>Link only</source>
        <translation>Solo el enlace</translation>
    </message>
    <message>
        <source>your app</source>
        <extracomment>{app} when no app was chosen: &quot;connect your app&quot;</extracomment>
        <translation>su app</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <extracomment>{expires_at}: &quot;Saturday, 28 November 2026 at 16:02 UTC&quot; (date, time, time zone)</extracomment>
        <translation>%1 a las %2 %3</translation>
    </message>
    <message>
        <source>already expired</source>
        <translation>ya caducado</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln hora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln horas</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln minutos</numerusform>
            <numerusform>%Ln minutos</numerusform>
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
        <translation>Hola:

Para terminar de configurar la integración, abra este enlace seguro y conecte {app}:

{link}

El enlace se puede usar una vez y es válido hasta {expires_at}. Si ha caducado cuando lo abra, responda a este correo y le enviaremos uno nuevo.

¡Gracias!</translation>
    </message>
</context>
<context>
    <name>OriginsEditor</name>
    <message>
        <source>Type an origin such as https://app.example.com and press Enter. Paste several at once with Ctrl+V.</source>
        <translation>Escriba un origen como https://app.example.com y pulse Intro. Pegue varios a la vez con Ctrl+V.</translation>
    </message>
    <message>
        <source>New allowed origin</source>
        <translation>Nuevo origen permitido</translation>
    </message>
    <message>
        <source>An origin is scheme://host[:port] with no path. Press Enter to add it to the list; pasting several lines, commas or spaces adds each one.</source>
        <translation>Un origen es esquema://host[:puerto] sin ruta. Pulse Intro para añadirlo a la lista; al pegar varias líneas, comas o espacios se añade cada uno.</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>Add the typed origin (Enter)</source>
        <translation>Añadir el origen escrito (Intro)</translation>
    </message>
    <message>
        <source>Add origin</source>
        <translation>Añadir origen</translation>
    </message>
    <message>
        <source>Adds the typed origin to the list of allowed origins.</source>
        <translation>Añade el origen escrito a la lista de orígenes permitidos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit an origin; Delete removes the selected ones; Ctrl+V pastes several.</source>
        <translation>Doble clic o F2 para editar un origen; Supr quita los seleccionados; Ctrl+V pega varios.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Orígenes permitidos</translation>
    </message>
    <message>
        <source>Origins allowed to use the token from a browser, each with its check result. F2 edits the current origin, Delete removes the selected ones, Ctrl+V pastes several from the clipboard.</source>
        <translation>Orígenes que pueden usar el token desde un navegador, cada uno con el resultado de su comprobación. F2 edita el origen actual, Supr quita los seleccionados y Ctrl+V pega varios desde el portapapeles.</translation>
    </message>
    <message>
        <source>Remove the selected origins (Delete)</source>
        <translation>Quitar los orígenes seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Remove selected origins</source>
        <translation>Quitar los orígenes seleccionados</translation>
    </message>
    <message>
        <source>Removes the selected origins from the list.</source>
        <translation>Quita de la lista los orígenes seleccionados.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add every origin on the clipboard: one per line, or separated by commas or spaces (Ctrl+V in the list)</source>
        <translation>Añadir cada origen del portapapeles: uno por línea o separados por comas o espacios (Ctrl+V en la lista)</translation>
    </message>
    <message>
        <source>Paste origins</source>
        <translation>Pegar orígenes</translation>
    </message>
    <message>
        <source>Adds each origin on the clipboard; lines, commas and spaces separate them.</source>
        <translation>Añade cada origen del portapapeles; las líneas, comas y espacios los separan.</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>Pegar líneas</translation>
    </message>
</context>
<context>
    <name>PastedLink</name>
    <message>
        <source>Paste a Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) or a Connect token (ctok_...).</source>
        <translation>Pegue un Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) o un token de Connect (ctok_...).</translation>
    </message>
    <message>
        <source>This looks like a cut-off Connect token: a token is &quot;ctok_&quot; followed by at least 8 letters and digits. Paste the whole link.</source>
        <translation>Parece un token de Connect cortado: un token es &quot;ctok_&quot; seguido de al menos 8 letras y dígitos. Pegue el enlace completo.</translation>
    </message>
    <message>
        <source>This is not a Connect Link or token. Expected a link like https://pipedream.com/_static/connect.html?token=ctok_... or a token starting with &quot;ctok_&quot;.</source>
        <translation>Esto no es un Connect Link ni un token. Se esperaba un enlace como https://pipedream.com/_static/connect.html?token=ctok_... o un token que empiece por &quot;ctok_&quot;.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Entorno predeterminado</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Alcance de acceso</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is %2.</source>
        <translation>El nombre tiene %1 caracteres; el límite es %2.</translation>
    </message>
    <message>
        <source>The name contains a line break, tab or other control character.</source>
        <translation>El nombre contiene un salto de línea, un tabulador u otro carácter de control.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ya existe un perfil llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID (from Pipedream&apos;s API settings).</source>
        <translation>Introduzca el ID de cliente OAuth (de la configuración de API de Pipedream).</translation>
    </message>
    <message>
        <source>A client ID has no spaces or line breaks; check that it was pasted whole.</source>
        <translation>Un ID de cliente no tiene espacios ni saltos de línea; compruebe que se pegó completo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; separate scopes such as connect:tokens:create with spaces.</source>
        <translation>«%1» no es un alcance; separe los alcances como connect:tokens:create con espacios.</translation>
    </message>
    <message>
        <source>The API base URL must be an absolute http(s) address such as https://api.pipedream.com: %1</source>
        <translation>La URL base de la API debe ser una dirección http(s) absoluta, como https://api.pipedream.com: %1</translation>
    </message>
    <message>
        <source>The API base URL must not carry a user name, password, query or fragment.</source>
        <translation>La URL base de la API no debe incluir usuario, contraseña, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; was ignored: secrets are never imported; enter the client secret in ConnectDesk.</source>
        <translation>Se ignoró el campo «%1»: los secretos nunca se importan; introduzca el secreto de cliente en ConnectDesk.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>P&amp;rofiles:</source>
        <translation>P&amp;erfiles:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import profiles from JSON</source>
        <translation>Importar perfiles desde JSON</translation>
    </message>
    <message>
        <source>Adds profiles from a JSON export. Secrets are never imported.</source>
        <translation>Añade perfiles desde una exportación JSON. Los secretos nunca se importan.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export profiles to JSON</source>
        <translation>Exportar perfiles a JSON</translation>
    </message>
    <message>
        <source>Writes every profile to a JSON file — never the client secrets.</source>
        <translation>Escribe todos los perfiles en un archivo JSON, nunca los secretos de cliente.</translation>
    </message>
    <message>
        <source>Provided by your IT department: read-only. You can store your client secret for it, or duplicate it to make changes.</source>
        <translation>Proporcionado por su departamento de TI: solo lectura. Puede guardar su secreto de cliente para él o duplicarlo para hacer cambios.</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Perfil de solo lectura</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>Keep for this &amp;session only</source>
        <translation>Conservar solo en esta &amp;sesión</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Conservar el secreto solo en esta sesión</translation>
    </message>
    <message>
        <source>Keeps the client secret in memory until ConnectDesk quits; it is never written anywhere.</source>
        <translation>Mantiene el secreto de cliente en memoria hasta que se cierra ConnectDesk; nunca se escribe en ningún sitio.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ej. Acme producción</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID del &amp;proyecto:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>proj_...</source>
        <translation>proj_...</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>&amp;Entorno predeterminado:</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Entorno predeterminado</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>From Pipedream&apos;s API settings</source>
        <translation>De la configuración de API de Pipedream</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Stored in the OS keychain</source>
        <translation>Guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Stored in the OS keychain — never in settings, exports or logs.</source>
        <translation>Guardado en el llavero del sistema, nunca en la configuración, las exportaciones ni los registros.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Access &amp;scope:</source>
        <translation>A&amp;lcance de acceso:</translation>
    </message>
    <message>
        <source>Access-token scope</source>
        <translation>Alcance del token de acceso</translation>
    </message>
    <message>
        <source>connect:tokens:create connect:users:read connect:accounts:read</source>
        <translation>connect:tokens:create connect:users:read connect:accounts:read</translation>
    </message>
    <message>
        <source>Optional: ask only for what this profile needs (space-separated). Empty means every scope.</source>
        <translation>Opcional: pida solo lo que necesita este perfil (separado por espacios). Vacío significa todos los alcances.</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base de la API:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>https://api.pipedream.com</source>
        <translation>https://api.pipedream.com</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Fetches an access token with this client ID and secret.</source>
        <translation>Obtiene un token de acceso con este ID de cliente y este secreto.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Revertir cambios</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Gua&amp;rdar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>Your profiles and those provided by IT. The selected one is shown on the right.</source>
        <translation>Sus perfiles y los proporcionados por TI. El seleccionado se muestra a la derecha.</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>Empezar un perfil nuevo y vacío</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its stored client secret</source>
        <translation>Copiar el perfil seleccionado, incluido su secreto de cliente guardado</translation>
    </message>
    <message>
        <source>Delete the selected profile and its client secret in the keychain</source>
        <translation>Eliminar el perfil seleccionado y su secreto de cliente del llavero</translation>
    </message>
    <message>
        <source>The environment new links use unless the form says otherwise</source>
        <translation>El entorno que usan los enlaces nuevos si el formulario no indica otro</translation>
    </message>
    <message>
        <source>Undo the changes made since the last save</source>
        <translation>Deshacer los cambios hechos desde la última vez que se guardó</translation>
    </message>
    <message>
        <source>Save the profile; the client secret goes to the OS keychain</source>
        <translation>Guardar el perfil; el secreto de cliente va al llavero del sistema</translation>
    </message>
    <message>
        <source>Allow deleting customers&apos; accounts and &amp;users</source>
        <translation>Permitir eliminar cuentas y &amp;usuarios de clientes</translation>
    </message>
    <message>
        <source>Off for a support profile that may create links but must not delete anything in the Customers view or with connectdesk accounts/users delete.</source>
        <translation>Desactivado para un perfil de soporte que puede crear enlaces pero no debe eliminar nada en la vista Clientes ni con connectdesk accounts/users delete.</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No OAuth client for this project: add it under Tools &gt; Projects and credentials (Ctrl+,), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET before starting ConnectDesk. Tools &gt; Try the sandbox shows the whole flow without an account.</source>
        <translation>No hay cliente OAuth para este proyecto: añádalo en Herramientas &gt; Proyectos y credenciales (Ctrl+,), o defina PIPEDREAM_CLIENT_ID y PIPEDREAM_CLIENT_SECRET antes de iniciar ConnectDesk. Herramientas &gt; Probar el sandbox muestra todo el flujo sin cuenta.</translation>
    </message>
    <message>
        <source>PIPEDREAM_* variables</source>
        <translation>Variables PIPEDREAM_*</translation>
    </message>
    <message>
        <source>Other project (type its ID; client from PIPEDREAM_CLIENT_ID)</source>
        <translation>Otro proyecto (escriba su ID; cliente de PIPEDREAM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>Other project (type its ID; no OAuth client set)</source>
        <translation>Otro proyecto (escriba su ID; sin cliente OAuth)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>No hay nada que codificar.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n bytes).</source>
        <translation>
            <numerusform>El texto es demasiado largo para un código QR (%n byte).</numerusform>
            <numerusform>El texto es demasiado largo para un código QR (%n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>No se pudo crear el código QR.</translation>
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
        <translation>Aún no hay enlace. Escriba el ID de usuario externo del cliente, elija la app y pulse «Generar enlace» (Control+Retorno).</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>Envíe este enlace al cliente:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the Connect Link</source>
        <translation>Copiar el Connect Link</translation>
    </message>
    <message>
        <source>Copy the Connect Link (Ctrl+Shift+C)</source>
        <translation>Copiar el Connect Link (Control+Mayúsculas+C)</translation>
    </message>
    <message>
        <source>Open the Connect Link in the browser</source>
        <translation>Abrir el Connect Link en el navegador</translation>
    </message>
    <message>
        <source>Generate a new link with the same fields</source>
        <translation>Generar un enlace nuevo con los mismos campos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Expires at:</source>
        <translation>Caduca el:</translation>
    </message>
    <message>
        <source>Connect token</source>
        <translation>Token de Connect</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiar el token</translation>
    </message>
    <message>
        <source>Created for:</source>
        <translation>Creado para:</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Open the Connect Link in the default web browser</source>
        <translation>Abrir el Connect Link en el navegador predeterminado</translation>
    </message>
    <message>
        <source>Create a new token and link with the same external user ID, app and options</source>
        <translation>Crear un token y un enlace nuevos con el mismo ID de usuario externo, app y opciones</translation>
    </message>
    <message>
        <source>The Connect token, read-only. The link already contains it; copy it only for API work.</source>
        <translation>El token de Connect, de solo lectura. El enlace ya lo contiene; cópielo solo para trabajar con la API.</translation>
    </message>
    <message>
        <source>Copy the Connect token to the clipboard</source>
        <translation>Copiar el token de Connect al portapapeles</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el nave&amp;gador</translation>
    </message>
    <message>
        <source>Generate a new link with the sa&amp;me fields</source>
        <translation>Generar un enlace nuevo con los &amp;mismos campos</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <source>Everything under Connect (the server default)</source>
        <translation>Todo lo de Connect (el valor predeterminado del servidor)</translation>
    </message>
    <message>
        <source>Run Connect actions</source>
        <translation>Ejecutar acciones de Connect</translation>
    </message>
    <message>
        <source>Connect triggers</source>
        <translation>Disparadores de Connect</translation>
    </message>
    <message>
        <source>List and fetch the user&apos;s connected accounts</source>
        <translation>Listar y obtener las cuentas conectadas del usuario</translation>
    </message>
    <message>
        <source>Create or remove connected accounts</source>
        <translation>Crear o eliminar cuentas conectadas</translation>
    </message>
    <message>
        <source>Read deployed triggers, their events and webhooks</source>
        <translation>Leer los disparadores desplegados, sus eventos y webhooks</translation>
    </message>
    <message>
        <source>Modify or delete deployed triggers</source>
        <translation>Modificar o eliminar disparadores desplegados</translation>
    </message>
    <message>
        <source>Usage records for a time window</source>
        <translation>Registros de uso de un periodo</translation>
    </message>
    <message>
        <source>List and fetch external users</source>
        <translation>Listar y obtener usuarios externos</translation>
    </message>
    <message>
        <source>Delete external users</source>
        <translation>Eliminar usuarios externos</translation>
    </message>
    <message>
        <source>Create Connect tokens</source>
        <translation>Crear tokens de Connect</translation>
    </message>
    <message>
        <source>Call the Connect proxy</source>
        <translation>Llamar al proxy de Connect</translation>
    </message>
    <message>
        <source>Invoke workflows on the user&apos;s behalf</source>
        <translation>Invocar flujos de trabajo en nombre del usuario</translation>
    </message>
    <message>
        <source>Read projects</source>
        <translation>Leer proyectos</translation>
    </message>
    <message>
        <source>Modify projects</source>
        <translation>Modificar proyectos</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No client secret is kept for this profile in this session; enter it in the profile settings.</source>
        <translation>No se guarda ningún secreto de cliente para este perfil en esta sesión; introdúzcalo en la configuración del perfil.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile; enter it in the profile settings.</source>
        <translation>No hay ningún secreto de cliente guardado para este perfil; introdúzcalo en la configuración del perfil.</translation>
    </message>
    <message>
        <source>The client secret stored for this profile is no longer in the keychain: it was removed outside ConnectDesk, or its keyring is locked. Unlock the keyring or enter the secret again.</source>
        <translation>El secreto de cliente guardado para este perfil ya no está en el llavero: se eliminó fuera de ConnectDesk o el llavero está bloqueado. Desbloquee el llavero o vuelva a introducir el secreto.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the client secret cannot be stored safely. Start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or keep the secret for this session only.</source>
        <translation>No hay ningún llavero disponible (%1), así que el secreto de cliente no se puede guardar de forma segura. Inicie el llavero de su escritorio (GNOME Keyring, KWallet u otro Secret Service) o conserve el secreto solo para esta sesión.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>ningún Secret Service respondió</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by logging in to your desktop keyring) and try again.</source>
        <translation>El llavero está bloqueado o denegó el acceso. Desbloquéelo (por ejemplo, iniciando sesión en el llavero de su escritorio) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>El llavero informó de un error: %1.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>The keyring is locked: unlock it and try again.</source>
        <translation>El llavero está bloqueado: desbloquéelo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>Share the Connect Link</source>
        <translation>Compartir el Connect Link</translation>
    </message>
    <message>
        <source>The template used by Copy as Message and Email</source>
        <translation>La plantilla que usan Copiar como mensaje y Correo</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Plantilla de mensaje</translation>
    </message>
    <message>
        <source>Edit message templates</source>
        <translation>Editar plantillas de mensaje</translation>
    </message>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>Copiar el mensaje con el enlace incluido, listo para pegar en un chat o un ticket</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>Copiar como mensaje</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>Abrir un correo nuevo en su programa de correo con el mensaje ya escrito</translation>
    </message>
    <message>
        <source>Email the link</source>
        <translation>Enviar el enlace por correo</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>Mostrar el enlace como código QR que el cliente puede escanear en la pantalla</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Guardar el código QR como imagen PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Guardar el código QR como imagen SVG</translation>
    </message>
    <message>
        <source>Add, rename or change the message templates</source>
        <translation>Añadir, renombrar o modificar las plantillas de mensaje</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Editar plantillas…</translation>
    </message>
    <message>
        <source>Copy as me&amp;ssage</source>
        <translation>Copiar como me&amp;nsaje</translation>
    </message>
    <message>
        <source>Ema&amp;il…</source>
        <translation>Correo electrón&amp;ico…</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>Mostrar código &amp;QR</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>Copy message instead</source>
        <translation>Copiar el mensaje en su lugar</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard, to paste it into your mail or webmail</source>
        <translation>Copiar el mensaje al portapapeles para pegarlo en su correo o webmail</translation>
    </message>
    <message>
        <source>Copy the QR code as an image, to paste into a chat or a document</source>
        <translation>Copiar el código QR como imagen para pegarlo en un chat o un documento</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>Copiar el código QR como imagen</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Plantillas:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Añadir una plantilla</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Cambiar el nombre de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Eliminar la plantilla</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Reset the templates to the defaults</source>
        <translation>Restablecer las plantillas predeterminadas</translation>
    </message>
    <message>
        <source>&amp;Subject (email only):</source>
        <translation>&amp;Asunto (solo correo):</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Insert a placeholder</source>
        <translation>Insertar un marcador</translation>
    </message>
    <message>
        <source>Template warning</source>
        <translation>Advertencia de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>The message templates; pick one to edit it below.</source>
        <translation>Las plantillas de mensaje; elija una para editarla abajo.</translation>
    </message>
    <message>
        <source>Add a new template</source>
        <translation>Añadir una plantilla nueva</translation>
    </message>
    <message>
        <source>Rename the selected template</source>
        <translation>Cambiar el nombre de la plantilla seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Eliminar la plantilla seleccionada</translation>
    </message>
    <message>
        <source>Replace all templates with the built-in ones</source>
        <translation>Reemplazar todas las plantillas por las integradas</translation>
    </message>
    <message>
        <source>The subject line, used only when the message is sent by email</source>
        <translation>La línea de asunto, solo se usa cuando el mensaje se envía por correo</translation>
    </message>
    <message>
        <source>The message text. Placeholders such as {link} are filled in when the message is copied or emailed.</source>
        <translation>El texto del mensaje. Los marcadores como {link} se rellenan al copiar o enviar el mensaje.</translation>
    </message>
    <message>
        <source>Insert a placeholder such as {link} at the cursor</source>
        <translation>Insertar un marcador como {link} en la posición del cursor</translation>
    </message>
    <message>
        <source>Read-only: the message with a sample link filled in</source>
        <translation>Solo lectura: el mensaje con un enlace de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insertar marcador</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>The server&apos;s answer did not say whether the token is valid.</source>
        <translation>La respuesta del servidor no indica si el token es válido.</translation>
    </message>
    <message>
        <source>Valid: the token can still be used.</source>
        <translation>Válido: el token todavía se puede usar.</translation>
    </message>
    <message>
        <source>Valid: the token can still be used to connect %1.</source>
        <translation>Válido: el token todavía se puede usar para conectar %1.</translation>
    </message>
    <message>
        <source>Already used: an account was connected with this token. Create a new one.</source>
        <translation>Ya usado: se conectó una cuenta con este token. Cree uno nuevo.</translation>
    </message>
    <message>
        <source>Expired: the token can no longer be used. Create a new one.</source>
        <translation>Caducado: el token ya no se puede usar. Cree uno nuevo.</translation>
    </message>
    <message>
        <source>Not found: the server does not know this token.</source>
        <translation>No encontrado: el servidor no conoce este token.</translation>
    </message>
    <message>
        <source>App not found: the token is fine, but no app has this ID or slug.</source>
        <translation>App no encontrada: el token es correcto, pero ninguna app tiene este ID o slug.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
</context>
<context>
    <name>TokenForm</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>proj_abc123</source>
        <translation>proj_abc123</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>P&amp;roduction</source>
        <translation>P&amp;roducción</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>Entorno de producción</translation>
    </message>
    <message>
        <source>&amp;Development</source>
        <translation>&amp;Desarrollo</translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation>Entorno de desarrollo</translation>
    </message>
    <message>
        <source>Customer link</source>
        <translation>Enlace del cliente</translation>
    </message>
    <message>
        <source>&amp;External user ID:</source>
        <translation>ID de usuario &amp;externo:</translation>
    </message>
    <message>
        <source>The customer&apos;s ID in your system</source>
        <translation>El ID del cliente en su sistema</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>ID de usuario externo</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>E&amp;xpires in:</source>
        <translation>Ca&amp;duca en:</translation>
    </message>
    <message>
        <source>14400</source>
        <translation>14400</translation>
    </message>
    <message>
        <source>Expires in, seconds</source>
        <translation>Caduca en, segundos</translation>
    </message>
    <message>
        <source>Seconds from 1 to 14400 (4 hours). Empty means the server default, 4 hours.</source>
        <translation>Segundos de 1 a 14400 (4 horas). Vacío significa el valor predeterminado del servidor, 4 horas.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>Expire in 15 minutes</source>
        <translation>Caducar en 15 minutos</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Expire in 1 hour</source>
        <translation>Caducar en 1 hora</translation>
    </message>
    <message>
        <source>4 h</source>
        <translation>4 h</translation>
    </message>
    <message>
        <source>Expire in 4 hours</source>
        <translation>Caducar en 4 horas</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>Mostrar campos avanzados</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>&amp;Orígenes permitidos:</translation>
    </message>
    <message>
        <source>https://example.com/connected</source>
        <translation>https://example.com/connected</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>URI de redirección en caso de éxito</translation>
    </message>
    <message>
        <source>https://example.com/connect-failed</source>
        <translation>https://example.com/connect-failed</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>URI de redirección en caso de error</translation>
    </message>
    <message>
        <source>&amp;Webhook URI:</source>
        <translation>URI del &amp;webhook:</translation>
    </message>
    <message>
        <source>https://example.com/pipedream-webhook</source>
        <translation>https://example.com/pipedream-webhook</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>URI del webhook</translation>
    </message>
    <message>
        <source>Customers may grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>Los clientes pueden conceder solo una parte de los alcances OAuth de la app.</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>Permitir alcances progresivos</translation>
    </message>
    <message>
        <source>The project the token is created in: a saved profile, the sandbox, or one whose ID you type</source>
        <translation>El proyecto en el que se crea el token: un perfil guardado, el sandbox o uno cuyo ID escriba</translation>
    </message>
    <message>
        <source>Live links that work for any customer</source>
        <translation>Enlaces reales que funcionan para cualquier cliente</translation>
    </message>
    <message>
        <source>Test links: at most 10 external users, and only for people signed in to pipedream.com</source>
        <translation>Enlaces de prueba: como máximo 10 usuarios externos y solo para quien haya iniciado sesión en pipedream.com</translation>
    </message>
    <message>
        <source>Set the expiry to 900 seconds (15 minutes)</source>
        <translation>Fijar la caducidad en 900 segundos (15 minutos)</translation>
    </message>
    <message>
        <source>Set the expiry to 3600 seconds (1 hour)</source>
        <translation>Fijar la caducidad en 3600 segundos (1 hora)</translation>
    </message>
    <message>
        <source>Set the expiry to 14400 seconds (4 hours, the longest)</source>
        <translation>Fijar la caducidad en 14400 segundos (4 horas, el máximo)</translation>
    </message>
    <message>
        <source>Allowed origins, redirect URIs, webhook and scopes: most links need none of these</source>
        <translation>Orígenes permitidos, URI de redirección, webhook y alcances: la mayoría de los enlaces no necesitan nada de esto</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID del pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Adva&amp;nced: origins, redirects, webhook, scopes</source>
        <translation>Ava&amp;nzado: orígenes, redirecciones, webhook, alcances</translation>
    </message>
    <message>
        <source>S&amp;uccess redirect:</source>
        <translation>Redirección en caso de é&amp;xito:</translation>
    </message>
    <message>
        <source>Error redirect:</source>
        <translation>Redirección en caso de error:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Alcances:</translation>
    </message>
</context>
<context>
    <name>TokenFormLogic</name>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrada %1: %2</translation>
    </message>
    <message>
        <source>%1 (entry %2)</source>
        <translation>%1 (entrada %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server default: valid until %1 (%2 from now).</source>
        <translation>Valor predeterminado del servidor: válido hasta %1 (durante %2).</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 from now).</source>
        <translation>Válido hasta %1 (durante %2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (entry %2, &quot;%3&quot;)</source>
        <translation>%1 (entrada %2, «%3»)</translation>
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
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>ID de usuario externo</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Orígenes permitidos</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>URI de redirección en caso de éxito</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>URI de redirección en caso de error</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>URI del webhook</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Caduca en</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>Permitir alcances progresivos</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Enter the project ID (it starts with proj_).</source>
        <translation>Introduzca el ID del proyecto (empieza por proj_).</translation>
    </message>
    <message>
        <source>A project ID looks like proj_abc123: &quot;proj_&quot; followed by letters and digits.</source>
        <translation>Un ID de proyecto tiene la forma proj_abc123: «proj_» seguido de letras y dígitos.</translation>
    </message>
    <message>
        <source>The environment must be &quot;development&quot; or &quot;production&quot;.</source>
        <translation>El entorno debe ser «development» o «production».</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s external user ID.</source>
        <translation>Introduzca el ID de usuario externo del cliente.</translation>
    </message>
    <message>
        <source>The external user ID is %1 characters long; the limit is %2.</source>
        <translation>El ID de usuario externo tiene %1 caracteres; el límite es %2.</translation>
    </message>
    <message>
        <source>The external user ID contains a line break, tab or other control character.</source>
        <translation>El ID de usuario externo contiene un salto de línea, un tabulador u otro carácter de control.</translation>
    </message>
    <message>
        <source>Expiry must be a whole number of seconds from %1 to %2 (4 hours).</source>
        <translation>La caducidad debe ser un número entero de segundos entre %1 y %2 (4 horas).</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not allowed for a Connect token; the widest scope is connect:*.</source>
        <translation>«*» no está permitido en un token de Connect; el alcance más amplio es connect:*.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect scope.</source>
        <translation>«%1» no es un alcance de Connect.</translation>
    </message>
    <message>
        <source>connect:* already includes every other scope: choose it alone or pick narrower scopes.</source>
        <translation>connect:* ya incluye todos los demás alcances: elíjalo solo o escoja alcances más limitados.</translation>
    </message>
    <message>
        <source>An app slug has only letters, digits, &quot;_&quot; and &quot;-&quot; (for example google_sheets).</source>
        <translation>Un slug de app solo contiene letras, dígitos, «_» y «-» (por ejemplo google_sheets).</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>Cliente OAuth</translation>
    </message>
    <message>
        <source>The external user ID contains text that is not valid UTF-8; check the encoding of the file or program it came from.</source>
        <translation>El ID de usuario externo contiene texto que no es UTF-8 válido; compruebe la codificación del archivo o programa del que procede.</translation>
    </message>
    <message>
        <source>The external user ID contains an invisible character (U+%1); type the ID again instead of pasting it.</source>
        <translation>El ID de usuario externo contiene un carácter invisible (U+%1); escriba el ID de nuevo en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>An OAuth client ID looks like oa_abc123: &quot;oa_&quot; followed by letters and digits.</source>
        <translation>Un ID de cliente OAuth tiene la forma oa_abc123: &quot;oa_&quot; seguido de letras y dígitos.</translation>
    </message>
    <message>
        <source>Expiry is a number of seconds, without a unit: for %1, type %2 (from %3 to %4).</source>
        <translation>La caducidad es un número de segundos, sin unidad: para %1, escriba %2 (de %3 a %4).</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>the response is not JSON (%1)</source>
        <translation>la respuesta no es JSON (%1)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing or not of the form ctok_ + 32 hex digits</source>
        <translation>«token» falta o no tiene la forma ctok_ + 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>&quot;expires_at&quot; is missing or not an ISO 8601 date and time</source>
        <translation>«expires_at» falta o no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; is missing or not an absolute URL</source>
        <translation>«connect_link_url» falta o no es una URL absoluta</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; points to %1, which is neither Pipedream nor the API server; the link was not used</source>
        <translation>&quot;connect_link_url&quot; apunta a %1, que no es Pipedream ni el servidor de la API; no se usó el enlace</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ningún host</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; does not carry the token just created; the link was not used</source>
        <translation>&quot;connect_link_url&quot; no contiene el token recién creado; no se usó el enlace</translation>
    </message>
</context>
<context>
    <name>UrlRules</name>
    <message>
        <source>The origin is empty.</source>
        <translation>El origen está vacío.</translation>
    </message>
    <message>
        <source>Wildcards are not allowed; list each origin.</source>
        <translation>No se permiten comodines; indique cada origen.</translation>
    </message>
    <message>
        <source>Start the origin with http:// or https://.</source>
        <translation>Empiece el origen con http:// o https://.</translation>
    </message>
    <message>
        <source>Only http:// and https:// origins are allowed.</source>
        <translation>Solo se permiten orígenes http:// y https://.</translation>
    </message>
    <message>
        <source>An origin cannot contain a user name or password.</source>
        <translation>Un origen no puede contener usuario ni contraseña.</translation>
    </message>
    <message>
        <source>An origin cannot contain a query (&quot;?...&quot;).</source>
        <translation>Un origen no puede contener una consulta («?...»).</translation>
    </message>
    <message>
        <source>An origin cannot contain a fragment (&quot;#...&quot;).</source>
        <translation>Un origen no puede contener un fragmento («#...»).</translation>
    </message>
    <message>
        <source>An origin has no path: use scheme://host[:port] only.</source>
        <translation>Un origen no tiene ruta: use solo esquema://host[:puerto].</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>La URL está vacía.</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces; encode them as %20.</source>
        <translation>Una URL no puede contener espacios; codifíquelos como %20.</translation>
    </message>
    <message>
        <source>Use an absolute URL starting with http:// or https://.</source>
        <translation>Use una URL absoluta que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>La URL no tiene nombre de host.</translation>
    </message>
    <message>
        <source>This is not a valid origin: check the host name and port, for example https://app.example.com:8443.</source>
        <translation>No es un origen válido: compruebe el nombre de host y el puerto, por ejemplo https://app.example.com:8443.</translation>
    </message>
    <message>
        <source>This is not a valid URL: check the host name, port and characters, for example https://app.example.com/done.</source>
        <translation>No es una URL válida: compruebe el nombre de host, el puerto y los caracteres, por ejemplo https://app.example.com/done.</translation>
    </message>
</context>
</TS>
