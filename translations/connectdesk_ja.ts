<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiError</name>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source> The server said: &quot;%1&quot;.</source>
        <translation> サーバーの応答:「%1」。</translation>
    </message>
    <message>
        <source>Client ID or secret rejected (HTTP %1).%2 Check the OAuth client in Pipedream&apos;s API settings; if the secret was rotated, enter the new one.</source>
        <translation>クライアント ID またはシークレットが拒否されました (HTTP %1)。%2 Pipedream の API 設定で OAuth クライアントを確認してください。シークレットを更新した場合は新しいものを入力してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the Connect API: %1. Nothing was created that you can use; try again, and report it if it persists.</source>
        <translation>サーバーの応答が Connect API と一致しません: %1。使用できるものは作成されていません。もう一度お試しください。解決しない場合は報告してください。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the internet connection, VPN or proxy.</source>
        <translation>%1 に接続できません: %2。インターネット接続、VPN、プロキシを確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation>%1 から時間内に応答がありませんでした。接続を確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. ConnectDesk never ignores certificate errors; check the system clock, proxy or corporate TLS inspection.</source>
        <translation>%1 への安全な接続に失敗しました: %2。ConnectDesk は証明書エラーを無視しません。システム時計、プロキシ、社内の TLS 検査を確認してください。</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation>プロキシでエラーが発生しました: %1。システムのプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than 1 MiB and was cut off.</source>
        <translation>%1 からの応答が 1 MiB を超えたため、途中で切り捨てられました。</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).%2 Check the fields and try again.</source>
        <translation>サーバーがリクエストを拒否しました (HTTP %1)。%2 入力内容を確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Not authorised (HTTP 401).%1 The access token was refused even after a fresh one was fetched; check the client ID and secret.</source>
        <translation>認証されていません (HTTP 401)。%1 新しいアクセストークンを取得しても拒否されました。クライアント ID とシークレットを確認してください。</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).%1 Check the project ID and the environment.</source>
        <translation>見つかりません (HTTP 404)。%1 プロジェクト ID と環境を確認してください。</translation>
    </message>
    <message>
        <source>The server timed out (HTTP 408).%1 Try again.</source>
        <translation>サーバーがタイムアウトしました (HTTP 408)。%1 もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429).%1 Try again in %n second(s).</source>
        <translation>
            <numerusform>レート制限中です (HTTP 429)。%1 %n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429).%1 Wait a minute and try again.</source>
        <translation>レート制限中です (HTTP 429)。%1 1 分ほど待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Pipedream had a problem (HTTP %1).%2 Try again in a moment.</source>
        <translation>Pipedream で問題が発生しました (HTTP %1)。%2 しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2</source>
        <translation>リクエストに失敗しました (HTTP %1)。%2</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403).%1</source>
        <translation>禁止されています (HTTP 403)。%1</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403). The OAuth client may not have access to this project or environment, or its access-token scope is too narrow.</source>
        <translation>禁止されています (HTTP 403)。OAuth クライアントにこのプロジェクトまたは環境へのアクセス権がないか、アクセストークンのスコープが狭すぎる可能性があります。</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1).%2 ConnectDesk never follows redirects (they could carry the credentials elsewhere); check the API base URL.</source>
        <translation>サーバーがリダイレクトで応答しました (HTTP %1)。%2 ConnectDesk はリダイレクトに従いません (認証情報が別の場所に送られるおそれがあるため)。API ベース URL を確認してください。</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Delete external user</source>
        <translation>外部ユーザーを削除</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>既に削除済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost</source>
        <translation>不明: 応答が失われた</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 could not be written: %2</source>
        <translation>監査ログ %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>フォルダーを作成できませんでした</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>ディスクが書き込みを確認しませんでした</translation>
    </message>
</context>
<context>
    <name>BandContent</name>
    <message>
        <source>Development — for testing only</source>
        <translation>開発 — テスト専用</translation>
    </message>
    <message>
        <source>Development links do not work for customers: a project allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. Use production for customers.</source>
        <translation>開発用リンクは顧客には使えません。1 つのプロジェクトで使える外部ユーザーは最大 10 人で、接続する人は同じブラウザーで pipedream.com にサインインしている必要があります。顧客には本番環境を使ってください。</translation>
    </message>
    <message>
        <source>Production — live customer links</source>
        <translation>本番 — 顧客向けの実リンク</translation>
    </message>
    <message>
        <source>Links work for any customer. Accounts they connect are real and live only in production.</source>
        <translation>リンクはどの顧客にも使えます。接続されたアカウントは実際のもので、本番環境にのみ存在します。</translation>
    </message>
    <message>
        <source>Sandbox — links are not real</source>
        <translation>サンドボックス — リンクは本物ではありません</translation>
    </message>
    <message>
        <source>ConnectDesk is talking to its built-in simulator. Tokens and Connect Links created here work only on this computer; never send them to a customer.</source>
        <translation>ConnectDesk は内蔵シミュレーターと通信しています。ここで作成したトークンと Connect Link はこのコンピューターでしか使えません。顧客には絶対に送らないでください。</translation>
    </message>
    <message>
        <source>The sandbox imitates production with the same rules; nothing created here is live.</source>
        <translation>サンドボックスは同じルールで本番環境を模倣しています。ここで作成したものは実際には使えません。</translation>
    </message>
    <message>
        <source>The sandbox imitates development: %1</source>
        <translation>サンドボックスは開発環境を模倣しています: %1</translation>
    </message>
    <message>
        <source>Production — simulated</source>
        <translation>本番 — シミュレーション</translation>
    </message>
    <message>
        <source>Development — simulated</source>
        <translation>開発 — シミュレーション</translation>
    </message>
    <message>
        <source>Development — not set up yet</source>
        <translation>開発 — まだ設定されていません</translation>
    </message>
    <message>
        <source>Production — not set up yet</source>
        <translation>本番 — まだ設定されていません</translation>
    </message>
    <message>
        <source>This project has no OAuth client yet, so no link can be made here. Add one under Tools &gt; Projects and credentials, or try the sandbox.</source>
        <translation>このプロジェクトにはまだ OAuth クライアントがないため、ここではリンクを作成できません。ツール &gt; プロジェクトと認証情報 で追加するか、サンドボックスを試してください。</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Bulk Connect Links</source>
        <translation>Connect Link の一括作成</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>CSV を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>CSV ファイルを開く</translation>
    </message>
    <message>
        <source>No file opened. The file needs a header row with an external_user_id column and, optionally, an app column.</source>
        <translation>ファイルが開かれていません。ファイルには external_user_id 列と、必要なら app 列を含む見出し行が必要です。</translation>
    </message>
    <message>
        <source>Opened file</source>
        <translation>開いたファイル</translation>
    </message>
    <message>
        <source>Settings used for every row</source>
        <translation>すべての行に使う設定</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Rows summary</source>
        <translation>行の概要</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Throughput and time left</source>
        <translation>処理速度と残り時間</translation>
    </message>
    <message>
        <source>How many links are requested at the same time</source>
        <translation>同時に要求するリンクの数</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>結果を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>結果を CSV で保存</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Open a CSV file with an external_user_id column and, optionally, an app column</source>
        <translation>external_user_id 列 (必要なら app 列も) を含む CSV ファイルを開く</translation>
    </message>
    <message>
        <source>One row per customer in the file, with its status and, once created, its Connect Link or the problem</source>
        <translation>ファイル内の顧客 1 人につき 1 行。状態と、作成後は Connect Link または問題を表示します</translation>
    </message>
    <message>
        <source>Create a Connect Link for every row that has no problem</source>
        <translation>問題のないすべての行について Connect Link を作成</translation>
    </message>
    <message>
        <source>Pause or resume sending; calls already sent still finish</source>
        <translation>送信を一時停止または再開します。送信済みの呼び出しは完了します</translation>
    </message>
    <message>
        <source>Stop the run; rows not yet sent are marked Not sent</source>
        <translation>実行を停止します。未送信の行は「未送信」と表示されます</translation>
    </message>
    <message>
        <source>Save every row with its Connect Link, status and error as a CSV file</source>
        <translation>各行を Connect Link、状態、エラーとともに CSV ファイルに保存</translation>
    </message>
    <message>
        <source>Close the bulk window; it asks first when results are not saved</source>
        <translation>一括作成ウィンドウを閉じます。結果が未保存の場合は先に確認します</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>並列リクエスト(&amp;Q):</translation>
    </message>
    <message>
        <source>Requests sent at the same time</source>
        <translation>同時に送信するリクエスト数</translation>
    </message>
    <message>
        <source>Send the rows that failed again; created links stay as they are</source>
        <translation>失敗した行を再送信します。作成済みのリンクはそのままです</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Rows</source>
        <translation>失敗した行を再試行(&amp;F)</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>失敗した行を再試行</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>環境(&amp;V):</translation>
    </message>
    <message>
        <source>The environment of every link in this run; the main window keeps its own</source>
        <translation>この実行で作成するすべてのリンクの環境。メインウィンドウの設定は変わりません</translation>
    </message>
    <message>
        <source>Environment for this run</source>
        <translation>この実行の環境</translation>
    </message>
</context>
<context>
    <name>BulkDialogText</name>
    <message>
        <source>no project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source>rows without an app: the customer picks one</source>
        <translation>アプリのない行: 顧客が選択</translation>
    </message>
    <message>
        <source>rows without an app: %1</source>
        <translation>アプリのない行: %1</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>%1 秒で期限切れ</translation>
    </message>
    <message>
        <source>For every row: %1</source>
        <translation>すべての行に適用: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the form before running:</source>
        <translation>実行する前にフォームを修正してください:</translation>
    </message>
    <message>
        <source>Development: at most %1 external users (checked before the run), and the links only work for people signed in to pipedream.com. Use production for customers.</source>
        <translation>開発環境: 外部ユーザーは最大 %1 人 (実行前に確認します)。リンクは pipedream.com にサインインしている人にしか使えません。顧客には本番を使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%Ln 行中 %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 件失敗</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <source>took less than a second</source>
        <translation>1 秒未満で完了</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>所要時間 %1</translation>
    </message>
    <message>
        <source> (paused: calls already sent still finish)</source>
        <translation> (一時停止中: 送信済みの呼び出しは完了します)</translation>
    </message>
    <message>
        <source> (stopping: waiting for the calls already sent)</source>
        <translation> (停止中: 送信済みの呼び出しを待っています)</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (レート制限: 待機中)</translation>
    </message>
</context>
<context>
    <name>BulkQuestions</name>
    <message>
        <source>The Connect Links created in this run stay in History (View &gt; History), but only Save Results… writes the file you send them from.</source>
        <translation>この実行で作成した Connect Link は履歴 (表示 &gt; 履歴) に残りますが、送信に使うファイルを書き出すのは「結果を保存…」だけです。</translation>
    </message>
    <message>
        <source>The Connect Links created in this run are not kept anywhere else. Save the results first to send them to your customers.</source>
        <translation>この実行で作成した Connect Link は他の場所には保存されません。顧客に送るには、先に結果を保存してください。</translation>
    </message>
    <message>
        <source>Stop the run and close?</source>
        <translation>実行を停止して閉じますか?</translation>
    </message>
    <message>
        <source>Close without saving the results?</source>
        <translation>結果を保存せずに閉じますか?</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>停止して閉じる</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV ファイルを開く</translation>
    </message>
    <message>
        <source>Open another file without saving the results?</source>
        <translation>結果を保存せずに別のファイルを開きますか?</translation>
    </message>
    <message>
        <source>The table will show the new file.</source>
        <translation>表には新しいファイルが表示されます。</translation>
    </message>
    <message>
        <source>Open Another File</source>
        <translation>別のファイルを開く</translation>
    </message>
    <message>
        <source>Development Limit</source>
        <translation>開発環境の上限</translation>
    </message>
    <message>
        <source>This file has %1 different external users; development allows %2.</source>
        <translation>このファイルには %1 人の異なる外部ユーザーがいます。開発環境で使えるのは %2 人までです。</translation>
    </message>
    <message>
        <source>In development, the rows of every user after the first %1 fail with &quot;Forbidden (HTTP 403)&quot;, and the links only work for people signed in to pipedream.com. For customers, run in production.</source>
        <translation>開発環境では、最初の %1 人より後のユーザーの行は「Forbidden (HTTP 403)」で失敗し、リンクは pipedream.com にサインインしている人にしか使えません。顧客向けには本番で実行してください。</translation>
    </message>
    <message>
        <source>Run in Production</source>
        <translation>本番で実行</translation>
    </message>
    <message>
        <source>Run the First %1 Users Only</source>
        <translation>最初の %1 人だけ実行</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::AccessTokenProvider</name>
    <message>
        <source>No client ID or client secret is set for this project.</source>
        <translation>このプロジェクトにはクライアント ID またはクライアントシークレットが設定されていません。</translation>
    </message>
    <message>
        <source>the OAuth answer has no access_token or expires_in</source>
        <translation>OAuth の応答に access_token または expires_in がありません</translation>
    </message>
    <message>
        <source>the OAuth answer&apos;s access_token contains characters that are not allowed in an HTTP header (such as a line break); it was not used and nothing was sent</source>
        <translation>OAuth 応答の access_token に HTTP ヘッダーで使用できない文字 (改行など) が含まれています。使用せず、何も送信していません</translation>
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
        <translation>応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the OAuth server&apos;s access token contains characters that are not allowed in an HTTP header; nothing was sent</source>
        <translation>OAuth サーバーのアクセストークンに HTTP ヘッダーで使用できない文字が含まれています。何も送信されていません</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkPreviousResults</name>
    <message>
        <source>It is not a results file of connectdesk token bulk (the first row must be %1).</source>
        <translation>connectdesk token bulk の結果ファイルではありません (1 行目は %1 である必要があります)。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkResultFile</name>
    <message>
        <source>could not rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できませんでした</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::CallLogModel</name>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandContext</name>
    <message>
        <source>Project ID (proj_...). Default: $PIPEDREAM_PROJECT_ID.</source>
        <translation>プロジェクト ID (proj_...)。既定値: $PIPEDREAM_PROJECT_ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>development or production. Default: $PIPEDREAM_PROJECT_ENVIRONMENT, else production.</source>
        <translation>development または production。既定値: $PIPEDREAM_PROJECT_ENVIRONMENT、なければ production。</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>API base URL. Default: $PIPEDREAM_BASE_URL, else https://api.pipedream.com.</source>
        <translation>API ベース URL。既定値: $PIPEDREAM_BASE_URL、なければ https://api.pipedream.com。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>An origin (scheme://host[:port]) allowed to use the token from a browser. Repeat for several.</source>
        <translation>ブラウザーからトークンを使用できるオリジン (scheme://host[:port])。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>オリジン</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on success.</source>
        <translation>成功時に Connect Link が顧客を誘導する先。</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on error.</source>
        <translation>エラー時に Connect Link が顧客を誘導する先。</translation>
    </message>
    <message>
        <source>Receives CONNECTION_SUCCESS / CONNECTION_ERROR events.</source>
        <translation>CONNECTION_SUCCESS / CONNECTION_ERROR イベントを受け取ります。</translation>
    </message>
    <message>
        <source>Token lifetime in seconds, 1 to 14400. Default: 14400 (4 hours).</source>
        <translation>トークンの有効期間 (秒、1 〜 14400)。既定値: 14400 (4 時間)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>A Connect scope (connect:accounts:read, ...). Repeat or separate with spaces. Default: connect:*.</source>
        <translation>Connect のスコープ (connect:accounts:read など)。繰り返すか空白で区切って指定します。既定値: connect:*。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Let the customer grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>アプリの OAuth スコープの一部だけを顧客が許可できるようにします。</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: 値が空です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_ID is not set: export the OAuth client ID (Pipedream workspace settings, API).</source>
        <translation>PIPEDREAM_CLIENT_ID が設定されていません。OAuth クライアント ID をエクスポートしてください (Pipedream のワークスペース設定の API)。</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_SECRET is not set: export the OAuth client secret. It is read only from the environment, never from the command line.</source>
        <translation>PIPEDREAM_CLIENT_SECRET が設定されていません。OAuth クライアントシークレットをエクスポートしてください。シークレットは環境変数からのみ読み込み、コマンドラインからは受け付けません。</translation>
    </message>
    <message>
        <source>A saved profile (connectdesk profile list): its project, environment, client ID and keychain secret. Flags still win over it.</source>
        <translation>保存済みプロファイル (connectdesk profile list): プロジェクト、環境、クライアント ID、キーチェーンのシークレット。フラグが常に優先されます。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>App slug (slack, google_sheets, ...): sent as app_id and added to the Connect Link as app=.</source>
        <translation>アプリのスラッグ (slack、google_sheets など): app_id として送信され、Connect Link に app= として追加されます。</translation>
    </message>
    <message>
        <source>The project&apos;s custom OAuth client for the app (oa_...). Default: Pipedream&apos;s.</source>
        <translation>アプリ用のプロジェクト独自の OAuth クライアント (oa_...)。既定値: Pipedream のもの。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no scope; give scopes such as connect:accounts:read, separated by spaces or commas.</source>
        <translation>%1: 「%2」にはスコープがありません。connect:accounts:read のようなスコープを、スペースかコンマで区切って指定してください。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>使い方: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>使い方は「%1 %2 --help」を実行してください。</translation>
    </message>
    <message>
        <source>the client secret is never accepted on the command line (other users of this computer could read it there); set PIPEDREAM_CLIENT_SECRET in the environment.</source>
        <translation>クライアントシークレットはコマンドラインでは受け付けません (このコンピューターの他のユーザーに読まれるおそれがあります)。環境変数 PIPEDREAM_CLIENT_SECRET を設定してください。</translation>
    </message>
    <message>
        <source>set the OAuth client ID in PIPEDREAM_CLIENT_ID.</source>
        <translation>OAuth クライアント ID は PIPEDREAM_CLIENT_ID に設定してください。</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(伏せ字)</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>予期しない引数 %1。</translation>
    </message>
    <message>
        <source>missing %1.</source>
        <translation>%1 がありません。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CustomerCommands</name>
    <message>
        <source>set the project with --project-id or PIPEDREAM_PROJECT_ID.</source>
        <translation>--project-id または PIPEDREAM_PROJECT_ID でプロジェクトを指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[--query TEXT] [--limit N] [--json]</source>
        <translation>[--query TEXT] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the project&apos;s external users (customers), newest first, one ID per line;
with --query, those whose ID contains the text.</source>
        <translation>プロジェクトの外部ユーザー (顧客) を新しい順に 1 行に 1 つの ID で表示します。
--query を付けると、ID にその文字列を含むものだけを表示します。</translation>
    </message>
    <message>
        <source>Only IDs containing this text (any case).</source>
        <translation>この文字列を含む ID のみ (大文字小文字を区別しない)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most N users (1 to %1, default 25).</source>
        <translation>最大 N 人のユーザー (1～%1、既定値 25)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;users&quot;: [...], &quot;has_more&quot;}.</source>
        <translation>JSON オブジェクトを 1 つ出力: {&quot;users&quot;: [...], &quot;has_more&quot;}。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation>--limit は 1 から %1 までの数値にしてください。</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>%1: more users match; raise --limit or narrow --query.</source>
        <translation>%1: さらに一致するユーザーがあります。--limit を増やすか --query を絞り込んでください。</translation>
    </message>
    <message>
        <source>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</source>
        <translation>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</translation>
    </message>
    <message>
        <source>Lists a customer&apos;s connected accounts, one per line: account ID, app, name, health
(healthy, unhealthy or dead) and the server&apos;s error.</source>
        <translation>顧客の接続済みアカウントを 1 行に 1 つずつ表示します: アカウント ID、アプリ、名前、
状態 (healthy、unhealthy、dead)、サーバーのエラー。</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID (required).</source>
        <translation>顧客の外部ユーザー ID (必須)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this app&apos;s accounts.</source>
        <translation>このアプリのアカウントのみ。</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>Only accounts that are unhealthy or dead.</source>
        <translation>不調または停止したアカウントのみ。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}.</source>
        <translation>JSON オブジェクトを 1 つ出力: {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}。</translation>
    </message>
    <message>
        <source>--external-user-id is required.</source>
        <translation>--external-user-id は必須です。</translation>
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
        <translation>%1: 不調または停止したアカウントはありません。</translation>
    </message>
    <message>
        <source>%1: no accounts.</source>
        <translation>%1: アカウントはありません。</translation>
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
        <translation>外部ユーザーと、その接続済みアカウントをすべて削除します。--yes が必要です。
監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Deletes one connected account. Needs --yes; written to the audit log.</source>
        <translation>接続済みアカウントを 1 つ削除します。--yes が必要です。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID.</source>
        <translation>顧客の外部ユーザー ID。</translation>
    </message>
    <message>
        <source>The account ID (apn_...).</source>
        <translation>アカウント ID (apn_...)。</translation>
    </message>
    <message>
        <source>Really delete (without it, nothing is sent).</source>
        <translation>本当に削除する (付けない場合は何も送信しない)。</translation>
    </message>
    <message>
        <source>the account ID is empty.</source>
        <translation>アカウント ID が空です。</translation>
    </message>
    <message>
        <source>deleting %1 and all their accounts cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>%1 とそのすべてのアカウントの削除は元に戻せません。確認するには --yes を付けてください。何も送信していません。</translation>
    </message>
    <message>
        <source>deleting %1 cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>%1 の削除は元に戻せません。確認するには --yes を付けてください。何も送信していません。</translation>
    </message>
    <message>
        <source>URL_OR_TOKEN [--json]</source>
        <translation>URL_OR_TOKEN [--json]</translation>
    </message>
    <message>
        <source>Says whether a Connect Link (or ctok_ token) can still be used and, if not, why and
what to do. Exit code 0: usable; 4: not usable (the reason on stderr, or in --json).</source>
        <translation>Connect Link (または ctok_ トークン) がまだ使えるか、使えない場合はその理由と対処を示します。
終了コード 0: 使用可能、4: 使用不可 (理由は stderr または --json)。</translation>
    </message>
    <message>
        <source>The Connect Link as the customer got it, or its ctok_ token.</source>
        <translation>顧客が受け取った Connect Link、またはその ctok_ トークン。</translation>
    </message>
    <message>
        <source>Print the diagnosis as one JSON object (docs/cli.md).</source>
        <translation>診断を 1 つの JSON オブジェクトとして出力 (docs/cli.md)。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Dispatch</name>
    <message>
        <source>Usage:
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [options]
Run &quot;connectdesk token create --help&quot; or &quot;connectdesk token bulk --help&quot; for the options.</source>
        <translation>使い方:
  connectdesk token create --external-user-id ID [オプション]
  connectdesk token bulk --input users.csv --output links.csv [オプション]
オプションは「connectdesk token create --help」または「connectdesk token bulk --help」で表示されます。</translation>
    </message>
    <message>
        <source>connectdesk token: missing command (create or bulk).</source>
        <translation>connectdesk token: コマンドがありません (create または bulk)。</translation>
    </message>
    <message>
        <source>%1: unknown option &quot;%2&quot;</source>
        <translation>%1: 不明なオプション「%2」</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;</source>
        <translation>%1: 不明なコマンド「%2」</translation>
    </message>
    <message>
        <source>, did you mean &quot;%1&quot;?</source>
        <translation>。「%1」のことですか?</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>コマンドとオプションは「%1 --help」で表示されます。</translation>
    </message>
    <message>
        <source>Usage: connectdesk %1 %2 ...
Run &quot;connectdesk %1 &lt;command&gt; --help&quot; for the options.</source>
        <translation>使い方: connectdesk %1 %2 ...
オプションは「connectdesk %1 &lt;コマンド&gt; --help」で表示されます。</translation>
    </message>
    <message>
        <source>connectdesk %1: missing command (%2).</source>
        <translation>connectdesk %1: コマンドがありません (%2)。</translation>
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
        <translation>使い方:
  connectdesk                      ウィンドウを開く
  connectdesk token create --external-user-id ID [オプション]
  connectdesk token bulk --input users.csv --output links.csv [--resume] [オプション]
  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE] [--no-seed]
  connectdesk profile add|list|test|remove ...
  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]
  connectdesk users list [--query TEXT] [--limit N] [--json]
  connectdesk users delete EXTERNAL_USER_ID --yes
  connectdesk accounts list --external-user-id ID [--app SLUG] [--unhealthy] [--json]
  connectdesk accounts delete ACCOUNT_ID --yes
  connectdesk link check URL_OR_TOKEN [--json]
  connectdesk --version | --help

コマンド:
  token create    Connect トークンを作成し、その Connect Link を出力する
  token bulk      CSV ファイルの各行について Connect Link を作成する
  sandbox         Connect API のローカルシミュレーターを実行する (Pipedream アカウント不要)
  profile         プロファイルを管理する (プロジェクト。クライアントシークレットはキーチェーン)
  history list    生成したリンクと、顧客が接続したかどうかを一覧表示する
  users           顧客 (外部ユーザー) を探す。アカウントごと削除する
  accounts        顧客の接続済みアカウントとその状態。1 つを削除する
  link check      Connect Link が使えない理由と対処
各コマンドのオプションは「connectdesk &lt;コマンド&gt; --help」で表示されます。

ウィンドウのオプション:
  --sandbox       内蔵サンドボックスに接続してウィンドウを開く (リンクは本物ではない)
  --self-test     インストールを確認して終了する
  --lang CODE     この言語を使う (例: ja)

環境変数:
  PIPEDREAM_CLIENT_ID            OAuth クライアント ID
  PIPEDREAM_CLIENT_SECRET        OAuth クライアントシークレット (オプションでは受け付けない)
  PIPEDREAM_PROJECT_ID           --project-id の既定値
  PIPEDREAM_PROJECT_ENVIRONMENT  --environment の既定値 (なければ production)
  PIPEDREAM_BASE_URL             --api-base-url の既定値
オプションは環境変数より優先されます。

終了コード:
  0  成功
  2  入力または使い方が正しくない (何も送信していない)
  3  クライアント ID またはシークレットが拒否された
  4  API がエラーを返した。link check: リンクは使用できない
  5  ネットワーク障害またはタイムアウト
  6  token create --wait: 接続されないままリンクが期限切れになった
  7  結果を書き込めなかった (ディスクがいっぱい)。作成したリンクは報告される
  130  中断された (Ctrl+C、SIGTERM)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::HistoryCommand</name>
    <message>
        <source>Usage:
  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]
Run &quot;connectdesk history list --help&quot; for the options.</source>
        <translation>使い方:
  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]
オプションは「connectdesk history list --help」で表示されます。</translation>
    </message>
    <message>
        <source>connectdesk history: missing command (list).</source>
        <translation>connectdesk history: コマンドがありません (list)。</translation>
    </message>
    <message>
        <source>connectdesk history: unknown command &quot;%1&quot;.</source>
        <translation>connectdesk history: 不明なコマンド「%1」。</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>期限切れ %1</translation>
    </message>
    <message>
        <source>connected %1 at %2</source>
        <translation>%1 を接続、%2</translation>
    </message>
    <message>
        <source>connected %1 (%2) at %3</source>
        <translation>%1 (%2) を接続、%3</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>Lists the Connect Links this computer generated (window and command line), newest
first: one tab-separated line each (time, state, external user, app, environment,
outcome), or a JSON array with --json. Links are shown only while they can still
be used; tokens never.</source>
        <translation>このコンピューターで生成した Connect Link (ウィンドウとコマンドライン) を新しい順に
一覧表示します。1 件につきタブ区切りの 1 行 (時刻、状態、外部ユーザー、アプリ、環境、
結果)、または --json で JSON 配列を出力します。リンクはまだ使える間だけ表示し、
トークンは表示しません。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 配列で出力します。</translation>
    </message>
    <message>
        <source>Only entries whose external user ID or app contains TEXT (any case).</source>
        <translation>外部ユーザー ID またはアプリに TEXT を含む項目だけ (大文字小文字は区別しない)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only entries in STATE: active, connected, expired or failed.</source>
        <translation>STATE の項目だけ: active、connected、expired、failed。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>最大 N 件。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--state must be active, connected, expired or failed, not &quot;%1&quot;.</source>
        <translation>--state には active、connected、expired、failed のいずれかを指定してください (「%1」は使えません)。</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit には正の整数を指定してください (「%1」は使えません)。</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1: 履歴を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation>履歴は空です。</translation>
    </message>
    <message>
        <source>No history entries match.</source>
        <translation>一致する履歴はありません。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::LinkFollowUp</name>
    <message>
        <source>%1: stopped waiting; the link stays valid until it expires.</source>
        <translation>%1: 待機を終了しました。リンクは期限が切れるまで有効です。</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>%1: warning: the failure was not recorded in the history: %2</source>
        <translation>%1: 警告: 失敗を履歴に記録できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: warning: the link was not recorded in the history: %2</source>
        <translation>%1: 警告: リンクを履歴に記録できませんでした: %2</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (Ctrl+C to stop)</source>
        <translation>顧客の接続を待っています… (Ctrl+C で停止)</translation>
    </message>
    <message>
        <source>Connected: %1, account %2, at %3</source>
        <translation>接続済み: %1、アカウント %2、%3</translation>
    </message>
    <message>
        <source>%1: the link expired without a connection.</source>
        <translation>%1: 接続されないままリンクの期限が切れました。</translation>
    </message>
    <message>
        <source>%1: cannot tell whether the customer connected: %2</source>
        <translation>%1: 顧客が接続したかどうか確認できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: could not check for a connection (%2); trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: 接続を確認できませんでした (%2)。%Ln 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link has expired, and whether the customer connected is unknown: could not reach the server: %2</source>
        <translation>%1: リンクの期限が切れました。顧客が接続したかどうかは不明です: サーバーに接続できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::ProfileCommands</name>
    <message>
        <source>%1 profile: unknown command &quot;%2&quot;.</source>
        <translation>%1 profile: 不明なコマンド「%2」。</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>クライアントシークレット (入力は表示されません): </translation>
    </message>
    <message>
        <source>could not read standard input.</source>
        <translation>標準入力を読み込めませんでした。</translation>
    </message>
    <message>
        <source>no client secret on standard input; pipe it in, e.g. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.</source>
        <translation>標準入力にクライアントシークレットがありません。パイプで渡してください。例: `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`。</translation>
    </message>
    <message>
        <source>the client secret on standard input spans several lines; give only the secret.</source>
        <translation>標準入力のクライアントシークレットが複数行にわたっています。シークレットだけを渡してください。</translation>
    </message>
    <message>
        <source>--name NAME --project-id proj_... --client-id ID [options] --client-secret-stdin</source>
        <translation>--name NAME --project-id proj_... --client-id ID [オプション] --client-secret-stdin</translation>
    </message>
    <message>
        <source>Adds a profile. The client secret is read from standard input (never from the command line, where other users could see it) and stored in the system keychain.</source>
        <translation>プロファイルを追加します。クライアントシークレットは標準入力から読み込み (他のユーザーに見られるおそれがあるコマンドラインからは読み込みません)、システムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>A unique name.</source>
        <translation>重複しない名前。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The project (proj_...).</source>
        <translation>プロジェクト (proj_...)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The OAuth client ID.</source>
        <translation>OAuth クライアント ID。</translation>
    </message>
    <message>
        <source>The default environment: development or production (default).</source>
        <translation>既定の環境: development または production (既定)。</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Scopes for the access token, space-separated (least privilege), e.g. &quot;connect:tokens:create connect:users:read&quot;.</source>
        <translation>アクセストークンのスコープを空白区切りで指定します (最小権限)。例:「connect:tokens:create connect:users:read」。</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Another API address (advanced).</source>
        <translation>別の API アドレス (上級者向け)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>クライアントシークレットを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>--client-secret-stdin is required: pipe the client secret in on standard input.</source>
        <translation>--client-secret-stdin が必要です。クライアントシークレットを標準入力にパイプで渡してください。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its client secret is in the system keychain.</source>
        <translation>プロファイル「%1」を追加しました。クライアントシークレットはシステムのキーチェーンにあります。</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the profiles. Secrets are never shown; &quot;stored&quot; means the keychain holds one.</source>
        <translation>プロファイルを一覧表示します。シークレットは表示しません。「保存済み」はキーチェーンにシークレットがあることを示します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;%1 profile add --help&quot;.</source>
        <translation>プロファイルはまだありません。「%1 profile add --help」を参照して追加してください。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>IT (read-only)</source>
        <translation>IT (読み取り専用)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; see &quot;%2 profile list&quot;.</source>
        <translation>「%1」という名前のプロファイルはありません。「%2 profile list」を参照してください。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>プロファイル「%1」: %2</translation>
    </message>
    <message>
        <source>Fetches an access token with the profile&apos;s client ID and secret and says whether they work.</source>
        <translation>プロファイルのクライアント ID とシークレットでアクセストークンを取得し、使えるかどうかを表示します。</translation>
    </message>
    <message>
        <source>name the profile to test.</source>
        <translation>テストするプロファイルを指定してください。</translation>
    </message>
    <message>
        <source>NAME [--force]</source>
        <translation>NAME [--force]</translation>
    </message>
    <message>
        <source>Removes the profile and deletes its client secret from the keychain.</source>
        <translation>プロファイルを削除し、そのクライアントシークレットをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>Remove the profile even when its secret cannot be deleted from the keychain.</source>
        <translation>シークレットをキーチェーンから削除できない場合でもプロファイルを削除します。</translation>
    </message>
    <message>
        <source>name the profile to remove.</source>
        <translation>削除するプロファイルを指定してください。</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be removed.</source>
        <translation>「%1」は IT 部門が提供しているため削除できません。</translation>
    </message>
    <message>
        <source>The profile was kept. Use --force to remove it anyway (its secret may then stay in the keychain).</source>
        <translation>プロファイルは残しました。それでも削除するには --force を使ってください (シークレットがキーチェーンに残る場合があります)。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The command line keeps client secrets only in the system keychain: start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET instead.</source>
        <translation>キーチェーンを利用できません (%1)。コマンドラインはクライアントシークレットをシステムのキーチェーンにだけ保存します。デスクトップのキーリング (GNOME Keyring、KWallet、その他の Secret Service) を起動するか、代わりに PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET を設定してください。</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>Secret Service から応答がありません</translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation>プロファイルは追加していません。</translation>
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
        <translation>使い方: %1 profile &lt;コマンド&gt; ...

プロファイルはプロジェクトとその OAuth クライアントに名前を付けたものです。クライアントシークレットはシステムのキーチェーンに保存されます。

コマンド:
  add --name NAME --project-id proj_... --client-id ID [--environment E]
      [--access-scope &quot;S S&quot;] [--api-base-url URL] [--no-deletes] --client-secret-stdin
                       プロファイルを追加する。クライアントシークレットは標準入力から読み込む。
  list [--json]        プロファイルを一覧表示する (シークレットは表示しない)。
  test NAME            プロファイルの認証情報でアクセストークンを取得する。
  remove NAME          プロファイルとキーチェーンのシークレットを削除する。
</translation>
    </message>
    <message>
        <source>A support profile: it creates links but never deletes accounts or users.</source>
        <translation>サポート用プロファイル: リンクは作成するが、アカウントやユーザーは削除しない。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Sandbox</name>
    <message>
        <source>Runs a local stand-in for the Connect API on 127.0.0.1 and prints the settings
that point connectdesk (or the Pipedream SDKs) at it. Links it creates are not
real. Stops on Ctrl+C or SIGTERM.</source>
        <translation>127.0.0.1 で Connect API のローカル代替を実行し、connectdesk (または
Pipedream SDK) をそこに向ける設定を出力します。作成されるリンクは本物では
ありません。Ctrl+C または SIGTERM で停止します。</translation>
    </message>
    <message>
        <source>TCP port to listen on. Default: 0, a free port.</source>
        <translation>待ち受ける TCP ポート。既定値: 0 (空いているポート)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--port: use a whole number from 0 to 65535.</source>
        <translation>--port: 0 〜 65535 の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 sandbox: cannot listen on 127.0.0.1:%2 (is the port in use?).</source>
        <translation>%1 sandbox: 127.0.0.1:%2 で待ち受けできません (ポートが使用中ではありませんか?)。</translation>
    </message>
    <message>
        <source># ConnectDesk sandbox: a local stand-in for the Pipedream Connect API. Links it creates are not real.</source>
        <translation># ConnectDesk サンドボックス: Pipedream Connect API のローカル代替です。作成されるリンクは本物ではありません。</translation>
    </message>
    <message>
        <source># Listening on %1 until Ctrl+C. Paste these lines into another shell:</source>
        <translation># Ctrl+C まで %1 で待ち受けます。次の行を別のシェルに貼り付けてください:</translation>
    </message>
    <message>
        <source># Then try: %1 token create --external-user-id customer-1 --app slack</source>
        <translation># 次に試す: %1 token create --external-user-id customer-1 --app slack</translation>
    </message>
    <message>
        <source># Open the link in a browser to play the customer, or from a script:</source>
        <translation># 顧客の立場で試すにはブラウザーでリンクを開くか、スクリプトから:</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (clients trust it through %1).</source>
        <translation>この PEM 証明書で HTTPS を提供します (クライアントは %1 で信頼します)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>証明書の暗号化されていない PEM 秘密鍵。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert と --tls-key は一緒に指定してください。</translation>
    </message>
    <message>
        <source>--tls-cert/--tls-key: %1.</source>
        <translation>--tls-cert/--tls-key: %1。</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3.</source>
        <translation>--%1: %2 を読み取れません: %3。</translation>
    </message>
    <message>
        <source>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</source>
        <translation>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</translation>
    </message>
    <message>
        <source>[--port N] [--no-seed] [--tls-cert FILE --tls-key FILE]</source>
        <translation>[--port N] [--no-seed] [--tls-cert ファイル --tls-key ファイル]</translation>
    </message>
    <message>
        <source>Start empty, without the demo customers and their accounts.</source>
        <translation>デモ顧客とそのアカウントを入れずに空の状態で起動します。</translation>
    </message>
    <message>
        <source># Customers and their accounts (break or heal one in a browser): %1</source>
        <translation># 顧客とそのアカウント (ブラウザーでアカウントを故障させたり修復したりできます): %1</translation>
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
        <translation>、%1 件失敗</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>、%1 件/秒</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>、残り %1</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (レート制限: 待機中)</translation>
    </message>
    <message>
        <source> (stopping)</source>
        <translation> (停止中)</translation>
    </message>
    <message>
        <source>--input users.csv --output links.csv [options]</source>
        <translation>--input users.csv --output links.csv [オプション]</translation>
    </message>
    <message>
        <source>Creates a Connect Link for every row of a CSV file (a header row with an
external_user_id column and optionally an app column) and writes
external_user_id,app,connect_link,expires_at,status,error rows in input order.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.</source>
        <translation>CSV ファイルの各行 (external_user_id 列と、必要なら app 列を含む見出し行が必要)
について Connect Link を作成し、external_user_id,app,connect_link,expires_at,status,error
の行を入力と同じ順で書き出します。
認証情報は PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET から読み込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Requests in flight at once, %1 to %2. Default: %3.</source>
        <translation>同時に送信するリクエスト数 (%1 〜 %2)。既定値: %3。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 は必須です。</translation>
    </message>
    <message>
        <source>--concurrency: use a whole number from %1 to %2.</source>
        <translation>--concurrency: %1 〜 %2 の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --input: cannot read %2: %3</source>
        <translation>%1: --input: %2 を読み込めません: %3</translation>
    </message>
    <message>
        <source>%1: --input: %2: %3</source>
        <translation>%1: --input: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 Every remaining row was left unsent.</source>
        <translation>%1: %2 残りの行はすべて送信していません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%Ln 行中 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1 ok, %2 failed, in %3. Written to %4.</source>
        <translation>
            <numerusform>%Ln 行: 成功 %1、失敗 %2、所要時間 %3。%4 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln rows failed; see the status and error columns in %3.</source>
        <translation>
            <numerusform>%1: %Ln 行中 %2 行が失敗しました。%3 の status 列と error 列を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to read (- for standard input).</source>
        <translation>読み込む CSV ファイル (- で標準入力)。</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced once a link was created or the run ended; until then the rows go to FILE.partial).</source>
        <translation>書き込む CSV ファイル (リンクが 1 件作成されたとき、または実行の終了時に置き換えられます。それまでは行は FILE.partial に書き込まれます)。</translation>
    </message>
    <message>
        <source>Keep the rows that are already &quot;ok&quot; in the existing --output file and send only the others.</source>
        <translation>既存の --output ファイルで既に「ok」の行はそのまま残し、それ以外だけを送信します。</translation>
    </message>
    <message>
        <source>--output names the --input file (through a link or another path); write the results somewhere else.</source>
        <translation>--output が --input のファイルを指しています (リンクまたは別のパス経由)。結果は別の場所に書き込んでください。</translation>
    </message>
    <message>
        <source>%1: --resume: cannot use %2: %3</source>
        <translation>%1: --resume: %2 を使用できません: %3</translation>
    </message>
    <message>
        <source>%1: --output: cannot write %2: %3%4 Nothing was sent.</source>
        <translation>%1: --output: %2 に書き込めません: %3%4 何も送信していません。</translation>
    </message>
    <message>
        <source>%1: --output: writing %2 failed: %3%4</source>
        <translation>%1: --output: %2 への書き込みに失敗しました: %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s) were created in this run; the rows written before the failure are in %2</source>
        <translation>
            <numerusform>%1: この実行で %Ln 件のリンクを作成しました。失敗前に書き込んだ行は %2 にあります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln that could not be written were printed on stdout.</source>
        <translation>
            <numerusform>。書き込めなかった %Ln 件は stdout に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some space, then run the same command with --resume.</source>
        <translation>空き容量を確保してから、同じコマンドを --resume 付きで実行してください。</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 は変更されていません。</translation>
    </message>
    <message>
        <source>%1: stopped after %2 rows in a row could not reach the server: %3 Every remaining row was left unsent; run the same command with --resume when the server can be reached.</source>
        <translation>%1: %2 行連続でサーバーに接続できなかったため停止しました: %3 残りの行は送信していません。サーバーに接続できるようになったら、同じコマンドを --resume 付きで実行してください。</translation>
    </message>
    <message>
        <source>%1: interrupted; rows not sent are marked &quot;error&quot; in %2; run the same command with --resume to finish.</source>
        <translation>%1: 中断しました。送信していない行は %2 で「error」になっています。完了するには同じコマンドを --resume 付きで実行してください。</translation>
    </message>
    <message>
        <source>(the disk is full).</source>
        <translation>(ディスクがいっぱいです)。</translation>
    </message>
    <message>
        <source>%1: --input: cannot make a temporary copy of %2: %3</source>
        <translation>%1: --input: %2 の一時コピーを作成できません: %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenCreate</name>
    <message>
        <source>--external-user-id ID [options]</source>
        <translation>--external-user-id ID [オプション]</translation>
    </message>
    <message>
        <source>Your ID for the customer (required, at most 250 characters).</source>
        <translation>顧客を表すあなたの ID (必須、最大 250 文字)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} instead of the link.</source>
        <translation>リンクの代わりに {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} を出力します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no token in the answer</source>
        <translation>応答にトークンがありません</translation>
    </message>
    <message>
        <source>Creates a Connect token for one customer and prints its Connect Link (with app=
when --app is given) as the only line on stdout.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.
With --wait, then waits until the customer connects an account (a second line on
stdout: the account; exit code 0) or the link expires (exit code 6).</source>
        <translation>1 人の顧客用に Connect トークンを作成し、その Connect Link (--app を指定した
場合は app= 付き) を stdout に 1 行だけ出力します。
認証情報は PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET から読み込みます。
--wait を付けると、顧客がアカウントを接続する (stdout の 2 行目にアカウント、
終了コード 0) か、リンクの期限が切れる (終了コード 6) まで待ちます。</translation>
    </message>
    <message>
        <source>After printing the link, wait for the customer to connect and print the account (with --json, as a second JSON line).</source>
        <translation>リンクを出力した後、顧客の接続を待ってアカウントを出力します (--json では 2 行目の JSON として)。</translation>
    </message>
    <message>
        <source>%1: still waiting for an answer from %2…</source>
        <translation>%1: %2 からの応答をまだ待っています…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: %2 %Ln 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link was created but could not be written to standard output (%2). It is in the history: connectdesk history list.</source>
        <translation>%1: リンクは作成されましたが、標準出力に書き込めませんでした (%2)。履歴にあります: connectdesk history list。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::HistoryStore</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this ConnectDesk understands (%2)</source>
        <translation>スキーマバージョン %1 はこの ConnectDesk が扱えるもの (%2) より新しいです</translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation>履歴データベースが破損しています (%1)。</translation>
    </message>
    <message>
        <source>The history database is locked by another program (%1).</source>
        <translation>履歴データベースが別のプログラムによってロックされています (%1)。</translation>
    </message>
    <message>
        <source>The history database was written by a newer ConnectDesk (%1).</source>
        <translation>履歴データベースは新しいバージョンの ConnectDesk で書き込まれています (%1)。</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>履歴データベースを開けませんでした (%1)。</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot; and a new, empty history was started.</source>
        <translation>「%1」として保管し、新しい空の履歴を開始しました。</translation>
    </message>
    <message>
        <source>The file was left as it is.</source>
        <translation>ファイルはそのまま残しています。</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot;.</source>
        <translation>「%1」として保管しました。</translation>
    </message>
    <message>
        <source>This session&apos;s history is kept in memory only%1.</source>
        <translation>このセッションの履歴はメモリー上にのみ保持されます%1。</translation>
    </message>
    <message>
        <source>could not rename &quot;%1&quot;</source>
        <translation>「%1」の名前を変更できませんでした</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>履歴データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Close the other ConnectDesk and start this one again to use it.</source>
        <translation>使用するには、もう一方の ConnectDesk を閉じてから、こちらを再起動してください。</translation>
    </message>
    <message>
        <source>Update ConnectDesk to use it.</source>
        <translation>使用するには ConnectDesk を更新してください。</translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation>ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <source>Until then, this session&apos;s history is kept in memory only.</source>
        <translation>それまでは、このセッションの履歴はメモリ内にのみ保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>The history database is busy: another program kept it locked for more than %n second(s) (%1).</source>
        <translation>
            <numerusform>履歴データベースは使用中です: 別のプログラムが %n 秒を超えてロックしていました (%1)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::MessageTemplateStore</name>
    <message>
        <source>Could not save the message templates to %1.</source>
        <translation>メッセージテンプレートを %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PagedLoader</name>
    <message>
        <source>The list answer has no &quot;data&quot; array.</source>
        <translation>リストの応答に &quot;data&quot; 配列がありません。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PresetStore</name>
    <message>
        <source>Could not write the presets to %1.</source>
        <translation>プリセットを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>プリセットに名前を付けてください。</translation>
    </message>
    <message>
        <source>A preset called &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のプリセットは既にあります。</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>「%1」という名前のプリセットはありません。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::ProfileStore</name>
    <message numerus="yes">
        <source>%n profile(s) imported</source>
        <translation>
            <numerusform>%n 件のプロファイルをインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>、%n 件をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>The system-wide profile configuration %1 could not be read.</source>
        <translation>システム全体のプロファイル設定 %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; entry was ignored: secrets belong in the keychain</source>
        <translation>「%1」の項目は無視しました: シークレットはキーチェーンに保存するものです</translation>
    </message>
    <message>
        <source>IT profile %1 (&quot;%2&quot;) was skipped: %3</source>
        <translation>IT プロファイル %1 (「%2」) をスキップしました: %3</translation>
    </message>
    <message>
        <source>IT profile &quot;%1&quot;: %2</source>
        <translation>IT プロファイル「%1」: %2</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>このプロファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be changed; duplicate it to make your own version.</source>
        <translation>「%1」は IT 部門が提供しているため変更できません。複製して自分用のバージョンを作成してください。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (コピー %2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>ファイルが正しい JSON ではありません: %1 (%2 バイト目)。</translation>
    </message>
    <message>
        <source>The file is a &quot;%1&quot; file, not a ConnectDesk profile export.</source>
        <translation>このファイルは「%1」ファイルで、ConnectDesk のプロファイルのエクスポートではありません。</translation>
    </message>
    <message>
        <source>The file was written by a newer ConnectDesk; update to import it.</source>
        <translation>このファイルは新しいバージョンの ConnectDesk で書き出されています。インポートするには更新してください。</translation>
    </message>
    <message>
        <source>The file has no &quot;profiles&quot; list.</source>
        <translation>ファイルに「profiles」リストがありません。</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>項目 %1 はプロファイルのオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile export.</source>
        <translation>%1 はプロファイルのエクスポートとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 Nothing was changed.</source>
        <translation>プロファイルを保存できませんでした: %1 何も変更されていません。</translation>
    </message>
    <message>
        <source>The profile was not removed: %1</source>
        <translation>プロファイルは削除されていません: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Settings</name>
    <message>
        <source>The settings file could not be read, so ConnectDesk started with fresh settings. The old file was kept as %1.</source>
        <translation>設定ファイルを読み込めなかったため、ConnectDesk は新しい設定で起動しました。古いファイルは %1 として保管しています。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read and could not be moved aside; ConnectDesk started with fresh settings that may not be saved.</source>
        <translation>設定ファイル %1 を読み込むことも退避することもできませんでした。ConnectDesk は新しい設定で起動しましたが、保存されない可能性があります。</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>設定ファイル %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>設定ファイル %1 が破損しています。</translation>
    </message>
    <message>
        <source>The settings file was damaged or cut short, so ConnectDesk restored the last good copy of your settings and profiles. The damaged file was kept as %1.</source>
        <translation>設定ファイルが破損しているか途中で切れていたため、ConnectDesk は設定とプロファイルの最後の正常なコピーを復元しました。破損したファイルは %1 として保存してあります。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AboutDialog</name>
    <message>
        <source>About ConnectDesk</source>
        <translation>ConnectDesk について</translation>
    </message>
    <message>
        <source>ConnectDesk logo</source>
        <translation>ConnectDesk のロゴ</translation>
    </message>
    <message>
        <source>ConnectDesk %1</source>
        <translation>ConnectDesk %1</translation>
    </message>
    <message>
        <source>Create Pipedream Connect tokens and Connect Links.</source>
        <translation>Pipedream Connect のトークンと Connect Link を作成します。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <source>MIT License — free to use, copy, change and share.</source>
        <translation>MIT ライセンス — 自由に使用、複製、変更、共有できます。</translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation>アプリケーション ID:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>設定ファイル:</translation>
    </message>
    <message>
        <source>History database:</source>
        <translation>履歴データベース:</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;); never written to a file</source>
        <translation>OS のキーチェーン (サービス「%1」)。ファイルには書き込みません</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>診断情報をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>診断情報をコピー</translation>
    </message>
    <message>
        <source>Copies the versions, the language and these file locations as plain text for a support request. No secrets or tokens are included.</source>
        <translation>バージョン、言語、これらのファイルの場所をサポート依頼用のプレーンテキストとしてコピーします。シークレットやトークンは含まれません。</translation>
    </message>
    <message>
        <source>Closes the About window.</source>
        <translation>このウィンドウを閉じます。</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>設定ファイル: %1</translation>
    </message>
    <message>
        <source>History database: %1</source>
        <translation>履歴データベース: %1</translation>
    </message>
    <message>
        <source>%1 (built with the same version)</source>
        <translation>%1 (ビルド時も同じバージョン)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (ビルド時は %2)</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>診断情報をクリップボードにコピーしました。</translation>
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
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーのエラー</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>次回更新</translation>
    </message>
    <message>
        <source>Credentials expire</source>
        <translation>認証情報の有効期限</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AppPicker</name>
    <message>
        <source>Search apps, or type a slug such as slack</source>
        <translation>アプリを検索するか、slack のようなスラッグを入力</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>The app the Connect Link opens. Type to search Pipedream&apos;s apps; Down arrow opens the results, Enter picks one and Escape closes them. A typed app slug is used as is.</source>
        <translation>Connect Link で開くアプリ。入力すると Pipedream のアプリを検索します。下矢印キーで結果を開き、Enter で選択、Esc で閉じます。入力したスラッグはそのまま使われます。</translation>
    </message>
    <message>
        <source>Matching apps</source>
        <translation>一致するアプリ</translation>
    </message>
    <message>
        <source>Apps matching the typed text, shown as name and slug.</source>
        <translation>入力した文字に一致するアプリ (名前とスラッグ)。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1、%2</translation>
    </message>
    <message>
        <source>App search unavailable: %1; you can still type a slug.</source>
        <translation>アプリ検索は利用できません: %1。スラッグは入力できます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>アプリ: %1 (%2)</translation>
    </message>
    <message>
        <source>The Connect Link will open the app with slug &quot;%1&quot;.</source>
        <translation>Connect Link はスラッグ「%1」のアプリを開きます。</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot; in Pipedream&apos;s apps.</source>
        <translation>Pipedream のアプリに「%1」はありません。</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot;. Did you mean %2?</source>
        <translation>アプリ「%1」はありません。%2 のことですか?</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>「%1」を確認しています…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AppReadiness</name>
    <message>
        <source>%1 needs no authentication, so a Connect Link has no account to connect. Choose another app, or leave the app empty.</source>
        <translation>%1 は認証が不要なため、Connect Link で接続するアカウントがありません。別のアプリを選ぶか、アプリを空のままにしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scope profiles of %1: %2</source>
        <translation>%1 のスコーププロファイル: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Every deletion made on this machine, newest first. The log is only ever appended to: %1</source>
        <translation>このコンピューターで行ったすべての削除 (新しい順)。ログは追記のみです: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS ユーザー</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing has been deleted from this machine.</source>
        <translation>このコンピューターからは何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) recorded.</source>
        <translation>
            <numerusform>%n 件の削除が記録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left as they are.</source>
        <translation>
            <numerusform>%n 行を読み取れなかったため、そのままにしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>監査ログをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deletion(s) to %1.</source>
        <translation>
            <numerusform>%n 件の削除を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with a problem, marked below: it will not be sent and is reported as an error in the results.</source>
        <translation>
            <numerusform>。問題のある %n 行には下に印を付けています。これらは送信されず、結果ではエラーとして記録されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the run to finish before opening another file.</source>
        <translation>別のファイルを開く前に、実行が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV ファイルを開く</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed.</source>
        <translation>完了: %1 件作成、%2 件失敗。</translation>
    </message>
    <message>
        <source>Stopped: %1 Rows not yet sent were not sent.</source>
        <translation>停止しました: %1 未送信の行は送信していません。</translation>
    </message>
    <message>
        <source>Canceled: %1 created; rows not sent are marked &quot;Not sent&quot;.</source>
        <translation>キャンセルしました: %1 件作成。送信しなかった行は「未送信」と表示されています。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 への書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>結果を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Save Results</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>S&amp;top Now</source>
        <translation>今すぐ停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>行を確認しています…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>開けませんでした: %1</translation>
    </message>
    <message>
        <source>Not sent: development allows %1 external users.</source>
        <translation>未送信: 開発環境で使える外部ユーザーは %1 人までです。</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowActions</name>
    <message>
        <source>Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>外部ユーザー ID をコピー</translation>
    </message>
    <message>
        <source>Copy All Created Links</source>
        <translation>作成したリンクをすべてコピー</translation>
    </message>
    <message>
        <source>The selected rows have no Connect Link to copy.</source>
        <translation>選択した行にはコピーできる Connect Link がありません。</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>%1 の Connect Link をコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n Connect Link(s) copied, one per line.</source>
        <translation>
            <numerusform>%n 件の Connect Link をコピーしました (1 行に 1 件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>External user IDs copied.</source>
        <translation>外部ユーザー ID をコピーしました。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowsModel</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Will not be sent</source>
        <translation>送信されません</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>(customer picks)</source>
        <translation>(顧客が選択)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>外部ユーザー ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Connect Link or problem</source>
        <translation>Connect Link または問題</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CallLogView</name>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation>メソッド、パス、状態、エラーで絞り込み</translation>
    </message>
    <message>
        <source>Filter the call log</source>
        <translation>呼び出しログを絞り込み</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>エラーのみ(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the call log</source>
        <translation>呼び出しログをクリア</translation>
    </message>
    <message>
        <source>Calls made this session</source>
        <translation>このセッションの呼び出し</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this session</source>
        <translation>
            <numerusform>このセッションの呼び出し %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the calls that ended in an error</source>
        <translation>エラーで終わった呼び出しだけを表示</translation>
    </message>
    <message>
        <source>Remove every call from the log</source>
        <translation>ログからすべての呼び出しを削除</translation>
    </message>
    <message>
        <source>Hide connection &amp;polling</source>
        <translation>接続のポーリングを隠す(&amp;P)</translation>
    </message>
    <message>
        <source>Hide the checks for the customer&apos;s connection (GET …/accounts?external_user_id=…) made every few seconds while a link waits; failed checks stay visible</source>
        <translation>リンクが待機している間、数秒ごとに行う顧客の接続確認 (GET …/accounts?external_user_id=…) を隠します。失敗した確認は表示されたままです</translation>
    </message>
    <message>
        <source>Every API call of this session with its status and duration. Enter or a double-click shows the call&apos;s request and response.</source>
        <translation>このセッションのすべての API 呼び出しとその状態・所要時間。Enter キーまたはダブルクリックで、その呼び出しのリクエストとレスポンスを表示します。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CodeExportView</name>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>cURL としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as &amp;TypeScript</source>
        <translation>TypeScript としてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as &amp;Python</source>
        <translation>Python としてコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
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
        <translation>先にアクセストークンを取得する ($PIPEDREAM_CLIENT_ID と $PIPEDREAM_CLIENT_SECRET で oauth/token)</translation>
    </message>
    <message>
        <source>Include my real access token instead of $PIPEDREAM_ACCESS_TOKEN — anyone with the command can act as this OAuth client until it expires</source>
        <translation>$PIPEDREAM_ACCESS_TOKEN の代わりに実際のアクセストークンを含める — コマンドを持つ人は期限切れまでこの OAuth クライアントとして操作できます</translation>
    </message>
    <message>
        <source>Code snippet</source>
        <translation>コードスニペット</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>アクセストークンがありません: %1</translation>
    </message>
    <message>
        <source>Runs in bash with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET を設定した bash で実行します。</translation>
    </message>
    <message>
        <source>Getting the access token…</source>
        <translation>アクセストークンを取得しています…</translation>
    </message>
    <message>
        <source>Contains your real access token: share it with nobody.</source>
        <translation>実際のアクセストークンが含まれています。誰とも共有しないでください。</translation>
    </message>
    <message>
        <source>Set PIPEDREAM_ACCESS_TOKEN first (POST /v1/oauth/token), or tick the option above.</source>
        <translation>先に PIPEDREAM_ACCESS_TOKEN を設定する (POST /v1/oauth/token) か、上のオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>@pipedream/sdk 3.x; run as an ES module with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>@pipedream/sdk 3.x。PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET を設定し、ES モジュールとして実行します。</translation>
    </message>
    <message>
        <source>pipedream 2.x (pip install pipedream) with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>pipedream 2.x (pip install pipedream)。PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET を設定してください。</translation>
    </message>
    <message>
        <source>cURL command copied.</source>
        <translation>cURL コマンドをコピーしました。</translation>
    </message>
    <message>
        <source>TypeScript copied.</source>
        <translation>TypeScript をコピーしました。</translation>
    </message>
    <message>
        <source>Python copied.</source>
        <translation>Python をコピーしました。</translation>
    </message>
    <message>
        <source>Copy the request as a cURL command for bash</source>
        <translation>リクエストを bash 用の cURL コマンドとしてコピー</translation>
    </message>
    <message>
        <source>Copy the request as TypeScript for @pipedream/sdk</source>
        <translation>リクエストを @pipedream/sdk 用の TypeScript としてコピー</translation>
    </message>
    <message>
        <source>Copy the request as Python for the pipedream package</source>
        <translation>リクエストを pipedream パッケージ用の Python としてコピー</translation>
    </message>
    <message>
        <source>Show the request below as a cURL command</source>
        <translation>下にリクエストを cURL コマンドで表示</translation>
    </message>
    <message>
        <source>Show the request below as TypeScript</source>
        <translation>下にリクエストを TypeScript で表示</translation>
    </message>
    <message>
        <source>Show the request below as Python</source>
        <translation>下にリクエストを Python で表示</translation>
    </message>
    <message>
        <source>Start the command with the call that fetches an access token</source>
        <translation>アクセストークンを取得する呼び出しからコマンドを始めます</translation>
    </message>
    <message>
        <source>Put this session&apos;s access token into the command; keep the command private</source>
        <translation>このセッションのアクセストークンをコマンドに入れます。コマンドは他人に見せないでください</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ConnectionStatusWidget</name>
    <message>
        <source>Stop watching</source>
        <translation>監視を停止</translation>
    </message>
    <message>
        <source>Stop watching for the customer&apos;s connection</source>
        <translation>顧客の接続の監視を停止</translation>
    </message>
    <message>
        <source>Connection status icon</source>
        <translation>接続状況のアイコン</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect…</source>
        <translation>顧客の接続を待っています…</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (checked %1)</source>
        <translation>顧客の接続を待っています… (%1 に確認)</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <translation>接続済み: %1、%2</translation>
    </message>
    <message>
        <source>Expired without a connection</source>
        <translation>接続されないまま期限切れ</translation>
    </message>
    <message>
        <source>Cannot tell whether the customer connected: %1</source>
        <translation>顧客が接続したかどうか確認できません: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (the last check failed: %1 Trying again.)</source>
        <translation>顧客の接続を待っています… (前回の確認に失敗しました: %1 再試行します。)</translation>
    </message>
    <message>
        <source>Customer connected %1</source>
        <translation>顧客が %1 を接続しました</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 が %2 を接続しました。</translation>
    </message>
    <message>
        <source>Connect Link expired</source>
        <translation>Connect Link の期限切れ</translation>
    </message>
    <message>
        <source>The link for %1 expired without a connection.</source>
        <translation>%1 へのリンクは接続されないまま期限切れになりました。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>No longer watching for the customer&apos;s connection.</source>
        <translation>顧客の接続の監視を停止しました。</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状況</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerDetail</name>
    <message>
        <source>Back to search</source>
        <translation>検索に戻る</translation>
    </message>
    <message>
        <source>Back to the customer search (Esc)</source>
        <translation>顧客の検索に戻る (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Ask the server again (F5)</source>
        <translation>サーバーにもう一度問い合わせる (F5)</translation>
    </message>
    <message>
        <source>Only &amp;unhealthy or dead</source>
        <translation>異常または無効のみ(&amp;U)</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>接続済みアカウント</translation>
    </message>
    <message>
        <source>Links made on this machine</source>
        <translation>このコンピューターで作成したリンク</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Links made for this customer on this machine</source>
        <translation>このコンピューターでこの顧客向けに作成したリンク</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>新しいリンク</translation>
    </message>
    <message>
        <source>Make a Connect Link for this customer and the selected account&apos;s app</source>
        <translation>この顧客と選択したアカウントのアプリ用に Connect Link を作成</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>アカウント ID をコピー</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>アカウントを削除…</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>顧客を削除…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>アカウントを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n account(s) loaded; the rest could not be loaded: %1</source>
        <translation>
            <numerusform>読み込んだ %n 件のアカウントを表示しています。残りは読み込めませんでした: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>アカウントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 has no connected accounts.</source>
        <translation>%1 には接続済みのアカウントがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 件に対応が必要</numerusform>
        </translation>
    </message>
    <message>
        <source>None is unhealthy or dead.</source>
        <translation>異常または無効なものはありません。</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 に更新。</translation>
    </message>
    <message>
        <source>Delete the selected account (Delete)</source>
        <translation>選択したアカウントを削除 (Delete)</translation>
    </message>
    <message>
        <source>Delete this external user and all their accounts</source>
        <translation>この外部ユーザーとそのすべてのアカウントを削除</translation>
    </message>
    <message>
        <source>No link was made for this customer on this machine.</source>
        <translation>このコンピューターではこの顧客向けのリンクは作成されていません。</translation>
    </message>
    <message>
        <source>Account ID %1 copied.</source>
        <translation>アカウント ID %1 をコピーしました。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerFinder</name>
    <message>
        <source>Search external user IDs</source>
        <translation>外部ユーザー ID を検索</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>顧客を検索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Remove users…</source>
        <translation>ユーザーを削除…</translation>
    </message>
    <message>
        <source>Choose a project in the link form (Ctrl+1) to find its customers.</source>
        <translation>顧客を探すには、リンクフォーム (Ctrl+1) でプロジェクトを選んでください。</translation>
    </message>
    <message>
        <source>Loading more customers…</source>
        <translation>さらに顧客を読み込んでいます…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Showing the %1 customers loaded; the next page failed: %2</source>
        <translation>読み込んだ %1 件の顧客を表示しています。次のページは失敗しました: %2</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>No external users in this project and environment yet.</source>
        <translation>このプロジェクトと環境にはまだ外部ユーザーがいません。</translation>
    </message>
    <message>
        <source>No external user matches &quot;%1&quot;.</source>
        <translation>「%1」に一致する外部ユーザーはいません。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers.</source>
        <translation>%2 件中 %1 件の顧客を表示しています。</translation>
    </message>
    <message>
        <source>Showing the first %1 customers.</source>
        <translation>最初の %1 件の顧客を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n 件の顧客が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This development project has reached its limit of %1 external users: links for new customers are refused. Remove users you no longer need.</source>
        <translation>この開発プロジェクトは外部ユーザーの上限 %1 人に達しました。新しい顧客へのリンクは拒否されます。不要になったユーザーを削除してください。</translation>
    </message>
    <message>
        <source>This development project has %1 of its %2 external users: links for new customers are refused beyond that.</source>
        <translation>この開発プロジェクトには外部ユーザーが %1 人います (上限 %2 人)。上限を超えると新しい顧客へのリンクは拒否されます。</translation>
    </message>
    <message>
        <source>Select a user and press Delete.</source>
        <translation>ユーザーを選んで Delete を押してください。</translation>
    </message>
    <message>
        <source>Select a user you no longer need and press Delete.</source>
        <translation>不要になったユーザーを選んで Delete を押してください。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerListModel</name>
    <message>
        <source>%1 — recent on this machine</source>
        <translation>%1 — このコンピューターで最近使用</translation>
    </message>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — %2 から</translation>
    </message>
    <message>
        <source>New link for this customer: %1</source>
        <translation>この顧客用の新しいリンク: %1</translation>
    </message>
    <message>
        <source>No external user has this ID yet: make a Connect Link for them.</source>
        <translation>この ID の外部ユーザーはまだいません。Connect Link を作成してください。</translation>
    </message>
    <message>
        <source>Press Enter to see this customer&apos;s accounts.</source>
        <translation>Enter を押すとこの顧客のアカウントを表示します。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersMode</name>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersView</name>
    <message>
        <source>Audit log…</source>
        <translation>監査ログ…</translation>
    </message>
    <message>
        <source>Customers of %1 in %2 (%3). Change the project or environment in the link form (Ctrl+1).</source>
        <translation>%1 の %2 の顧客 (%3)。プロジェクトや環境はリンクフォーム (Ctrl+1) で変更します。</translation>
    </message>
    <message>
        <source>No project chosen: pick one in the link form (Ctrl+1).</source>
        <translation>プロジェクトが選ばれていません。リンクフォーム (Ctrl+1) で選んでください。</translation>
    </message>
    <message>
        <source>Every deletion made on this machine</source>
        <translation>このコンピューターで行ったすべての削除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another deletion is still on its way: wait for its answer.</source>
        <translation>別の削除がまだ処理中です。応答を待ってください。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
    <message>
        <source>Nothing was deleted: another deletion is on its way.</source>
        <translation>何も削除されませんでした。別の削除が処理中です。</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeletionConfirmDialog</name>
    <message>
        <source>Delete External User</source>
        <translation>外部ユーザーを削除</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Delete the external user %1 and every account they connected?</source>
        <translation>外部ユーザー %1 と、そのユーザーが接続したすべてのアカウントを削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the external user %1 and their %n connected account(s)?</source>
        <translation>
            <numerusform>外部ユーザー %1 と、接続済みの %n 件のアカウントを削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account %1 (%2) of %3?</source>
        <translation>%3 のアカウント %1 (%2) を削除しますか?</translation>
    </message>
    <message>
        <source>Project %1, %2. This cannot be undone; it is written to the audit log.</source>
        <translation>プロジェクト %1、%2。元に戻せません。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>This is production: type the external user ID %1 to confirm.</source>
        <translation>これは本番環境です。確認のため外部ユーザー ID %1 を入力してください。</translation>
    </message>
    <message>
        <source>External user ID to confirm</source>
        <translation>確認用の外部ユーザー ID</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable Delete.</source>
        <translation>%1 を正確に入力すると削除できるようになります。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DevText</name>
    <message>
        <source>Read-only text. Select with Shift and the arrow keys, copy with Ctrl+C; Tab moves on.</source>
        <translation>読み取り専用のテキスト。Shift と矢印キーで選択し、Ctrl+C でコピーします。Tab で次へ移動します。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperMode</name>
    <message>
        <source>Show the request, response, code export, call log, token check and presets</source>
        <translation>リクエスト、応答、コードのエクスポート、呼び出しログ、トークンの確認、プリセットを表示</translation>
    </message>
    <message>
        <source>&amp;Developer mode</source>
        <translation>開発者モード(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperPanel</name>
    <message>
        <source>&amp;Request</source>
        <translation>リクエスト(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>応答(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>コード(&amp;O)</translation>
    </message>
    <message>
        <source>Call &amp;log</source>
        <translation>呼び出しログ(&amp;L)</translation>
    </message>
    <message>
        <source>Check &amp;token</source>
        <translation>トークンを確認(&amp;T)</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>開発者ツール</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperTools</name>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>No answer yet, retrying</source>
        <translation>まだ応答がないため再試行しています</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>再試行中: %1</translation>
    </message>
    <message>
        <source>Next try in %1…</source>
        <translation>%1後に再試行…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryModel</name>
    <message>
        <source>Expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>期限切れ %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>Profile %1, project %2</source>
        <translation>プロファイル %1、プロジェクト %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>External user</source>
        <translation>外部ユーザー</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expires / connected</source>
        <translation>有効期限 / 接続</translation>
    </message>
    <message>
        <source>Sandbox (not real)</source>
        <translation>サンドボックス (実在しない)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Made in the built-in sandbox: the link never worked for a customer.</source>
        <translation>内蔵サンドボックスで作成: このリンクは顧客には一度も使えませんでした。</translation>
    </message>
    <message>
        <source>Made by Bulk create from CSV.</source>
        <translation>「CSV から一括作成」で作成。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryView</name>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Copy this Connect Link to the clipboard</source>
        <translation>この Connect Link をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Only a link whose token is still valid and unused can be copied</source>
        <translation>コピーできるのは、トークンがまだ有効で未使用のリンクだけです</translation>
    </message>
    <message>
        <source>This link can no longer be used: issue a new one.</source>
        <translation>このリンクはもう使えません。新しいリンクを発行してください。</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>%1 の Connect Link をコピーしました。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>履歴をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not export the history to &quot;%1&quot;: %2</source>
        <translation>履歴を「%1」にエクスポートできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n 件のリンクを「%1」にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>外部ユーザー ID をコピー</translation>
    </message>
    <message>
        <source>Issue Again</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Export Shown Links as CSV…</source>
        <translation>表示中のリンクを CSV にエクスポート…</translation>
    </message>
    <message>
        <source>A sandbox link is not real: copying it asks first</source>
        <translation>サンドボックスのリンクは実在しません: コピーする前に確認します</translation>
    </message>
    <message>
        <source>Sandbox Link</source>
        <translation>サンドボックスのリンク</translation>
    </message>
    <message>
        <source>Copy a sandbox link for %1?</source>
        <translation>%1 のサンドボックスのリンクをコピーしますか?</translation>
    </message>
    <message>
        <source>This link was made by the built-in sandbox, a stand-in for Pipedream on this computer. It is not real: it never works for a customer. Generate the link again with a real project.</source>
        <translation>このリンクは、このコンピューター上の Pipedream の代役である内蔵サンドボックスで作成されました。実在しないため、顧客には決して使えません。実際のプロジェクトでリンクを生成し直してください。</translation>
    </message>
    <message>
        <source>Copy Anyway</source>
        <translation>それでもコピー</translation>
    </message>
    <message>
        <source>External user ID %1 copied.</source>
        <translation>外部ユーザー ID %1 をコピーしました。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::IssueAgain</name>
    <message>
        <source>Issue Again</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Replace what is in the form?</source>
        <translation>フォームの内容を置き換えますか?</translation>
    </message>
    <message>
        <source>The form holds %1 (app: %2). Issue again fills it with the fields of the link for %3 (app: %4).</source>
        <translation>フォームには %1 (アプリ: %2) が入力されています。再発行すると、%3 (アプリ: %4) のリンクの項目で置き換えます。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>The form was kept as it was.</source>
        <translation>フォームはそのままです。</translation>
    </message>
    <message>
        <source>Form filled from history for %1: press Ctrl+Return to generate the link.</source>
        <translation>%1 の履歴からフォームに入力しました: Ctrl+Return でリンクを生成します。</translation>
    </message>
    <message>
        <source>Form filled from a sandbox link for %1, but the sandbox is not running: a new link would be made in %2. Check the project before you press Ctrl+Return.</source>
        <translation>%1 のサンドボックスのリンクからフォームに入力しましたが、サンドボックスは起動していません。新しいリンクは %2 で作成されます。Ctrl+Return を押す前にプロジェクトを確認してください。</translation>
    </message>
    <message>
        <source>Form filled from history for %1, but its project %2 is not in the picker: the link would be made in %3. Check the project before you press Ctrl+Return.</source>
        <translation>%1 の履歴からフォームに入力しましたが、そのプロジェクト %2 は一覧にありません。リンクは %3 で作成されます。Ctrl+Return を押す前にプロジェクトを確認してください。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>ConnectDesk will follow the system language (%1) the next time it starts.</source>
        <translation>次回の起動から、ConnectDesk はシステムの言語 (%1) を使います。</translation>
    </message>
    <message>
        <source>ConnectDesk will use %1 the next time it starts.</source>
        <translation>次回の起動から、ConnectDesk は %1 を使います。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LinkTroubleshooter</name>
    <message>
        <source>Check a lin&amp;k:</source>
        <translation>リンクを確認(&amp;K):</translation>
    </message>
    <message>
        <source>Paste a Connect Link or a ctok_ token</source>
        <translation>Connect Link または ctok_ トークンを貼り付け</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>診断をコピー</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>新しいリンク</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Diagnosis copied: paste it into the support ticket.</source>
        <translation>診断をコピーしました。サポートチケットに貼り付けてください。</translation>
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
        <translation>サーバー: %1 の内蔵シミュレーター</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the fields listed under Generate first.</source>
        <translation>何も送信していません。先に「リンクを生成」の下に表示された項目を修正してください。</translation>
    </message>
    <message>
        <source>Creating a Connect token for %1…</source>
        <translation>%1 の Connect トークンを作成しています…</translation>
    </message>
    <message>
        <source>Request canceled. Every field is kept.</source>
        <translation>リクエストをキャンセルしました。入力内容はそのままです。</translation>
    </message>
    <message>
        <source>No link was created. Every field is kept; fix the problem and generate again.</source>
        <translation>リンクは作成されませんでした。入力内容はそのままです。問題を解決してもう一度生成してください。</translation>
    </message>
    <message>
        <source>&amp;Generate link</source>
        <translation>リンクを生成(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Connect Link を生成</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>実行中のリクエストをキャンセル (Esc)</translation>
    </message>
    <message>
        <source>Create the token and Connect Link (%1)</source>
        <translation>トークンと Connect Link を作成 (%1)</translation>
    </message>
    <message>
        <source>Generate is disabled until:
• %1</source>
        <translation>次の問題が解決するまで生成できません:
• %1</translation>
    </message>
    <message>
        <source>Before you can generate: %1</source>
        <translation>生成する前に: %1</translation>
    </message>
    <message>
        <source>Sandbox (links are not real)</source>
        <translation>サンドボックス (リンクは本物ではありません)</translation>
    </message>
    <message>
        <source>Set up a project or try the sandbox first.</source>
        <translation>先にプロジェクトを設定するか、サンドボックスを試してください。</translation>
    </message>
    <message>
        <source>Checking the app &quot;%1&quot;…</source>
        <translation>アプリ「%1」を確認しています…</translation>
    </message>
    <message>
        <source>no answer yet, retrying (attempt %1)</source>
        <translation>まだ応答がないため再試行中 (%1 回目)</translation>
    </message>
    <message>
        <source>retrying (attempt %1)</source>
        <translation>再試行中 (%1 回目)</translation>
    </message>
    <message numerus="yes">
        <source>Creating the token… %n s</source>
        <translation>
            <numerusform>トークンを作成しています… %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link for %1 ready. %2 copies it.</source>
        <translation>%1 のリンクができました。%2 でコピーします。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Sandbox link for %1 ready: it is not real and works only in this app&apos;s simulator.</source>
        <translation>%1 のサンドボックスのリンクができました: 本物ではなく、このアプリのシミュレーターでのみ動作します。</translation>
    </message>
    <message numerus="yes">
        <source>Before you can generate, fix %n things. First: %1</source>
        <translation>
            <numerusform>生成する前に %n 件を修正してください。最初: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Link form</source>
        <translation>リンクフォーム</translation>
    </message>
    <message>
        <source>Switch to the link form (Ctrl+1) to generate a link.</source>
        <translation>リンクを生成するにはリンクフォーム (Ctrl+1) に切り替えてください。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::MainWindowTools</name>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Bulk create from CSV…</source>
        <translation>CSV から一括作成(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Projects and credentials…</source>
        <translation>プロジェクトと認証情報(&amp;P)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>サンドボックスを試す(&amp;S)</translation>
    </message>
    <message>
        <source>Start a local stand-in for Pipedream; links it creates are not real.</source>
        <translation>Pipedream のローカルな代替を起動します。作成されるリンクは本物ではありません。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Sandbox running at %1. Links it creates are not real.</source>
        <translation>サンドボックスを %1 で実行中です。作成されるリンクは本物ではありません。</translation>
    </message>
    <message>
        <source>%1 connected an account.</source>
        <translation>%1 がアカウントを接続しました。</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 が %2 を接続しました。</translation>
    </message>
    <message>
        <source>&amp;Link form</source>
        <translation>リンクフォーム(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>顧客(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OAuthClientPicker</name>
    <message>
        <source>Which OAuth client the customer authorizes: Pipedream&apos;s, or one of your project&apos;s own clients for this app (sent as oauth_app_id).</source>
        <translation>顧客が承認する OAuth クライアント: Pipedream のもの、またはこのアプリ用のプロジェクト独自のクライアント (oauth_app_id として送信)。</translation>
    </message>
    <message>
        <source>Pipedream&apos;s default</source>
        <translation>Pipedream の既定</translation>
    </message>
    <message>
        <source>Could not load the project&apos;s OAuth clients, so Pipedream&apos;s default is used: %1</source>
        <translation>プロジェクトの OAuth クライアントを読み込めなかったため、Pipedream の既定を使用します: %1</translation>
    </message>
    <message>
        <source>The project has no OAuth client %1 for this app; Pipedream&apos;s default is used.</source>
        <translation>プロジェクトにはこのアプリ用の OAuth クライアント %1 がありません。Pipedream の既定を使用します。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OAuth client:</source>
        <translation>OAuth クライアント:</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsEditor</name>
    <message>
        <source>Edit allowed origin</source>
        <translation>許可するオリジンを編集</translation>
    </message>
    <message>
        <source>Enter saves the origin, Escape cancels the edit.</source>
        <translation>Enter でオリジンを保存、Esc で編集をキャンセルします。</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>クリップボードに貼り付けられるテキストがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n origin(s).</source>
        <translation>
            <numerusform>%n 件のオリジンを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate(s) already in the list: %1.</source>
        <translation>
            <numerusform>一覧に既にある重複 %n 件を除外しました: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n origin(s): %1.</source>
        <translation>
            <numerusform>%n 件のオリジンを削除しました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>An entry left empty is removed.</source>
        <translation>空のままの項目は削除されます。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 は既に一覧にあります。</translation>
    </message>
    <message>
        <source>Valid; it will be saved as %1.</source>
        <translation>有効です。%1 として保存されます。</translation>
    </message>
    <message>
        <source>Valid origin.</source>
        <translation>有効なオリジンです。</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) need fixing before a token can be created; the reason is shown beside each.</source>
        <translation>
            <numerusform>トークンを作成する前に %n 件のオリジンを修正する必要があります。理由は各項目の横に表示されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n origin(s).</source>
        <translation>
            <numerusform>%n 件のオリジンを元に戻しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsModel</name>
    <message>
        <source>Valid origin: %1</source>
        <translation>有効なオリジン: %1</translation>
    </message>
    <message>
        <source>Valid origin</source>
        <translation>有効なオリジン</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>オリジン</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>The emptied entry %1 was removed.</source>
        <translation>空にした項目 %1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 is already in the list; the duplicate was dropped.</source>
        <translation>%1 は既に一覧にあるため、重複を除外しました。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::PresetBar</name>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>プリセット(&amp;E):</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <source>Type a name to save the form</source>
        <translation>フォームを保存するには名前を入力</translation>
    </message>
    <message>
        <source>with project ID</source>
        <translation>プロジェクト ID を含める</translation>
    </message>
    <message>
        <source>Save the project ID with the preset. Never saved: the external user ID and anything secret.</source>
        <translation>プロジェクト ID をプリセットと一緒に保存します。外部ユーザー ID と秘密情報は保存しません。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the form as a preset</source>
        <translation>フォームをプリセットとして保存</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>読み込み(&amp;O)</translation>
    </message>
    <message>
        <source>Load the preset into the form</source>
        <translation>プリセットをフォームに読み込む</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>プリセットの名前を変更</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; updated.</source>
        <translation>プリセット「%1」を更新しました。</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved.</source>
        <translation>プリセット「%1」を保存しました。</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>「%1」という名前のプリセットはありません。</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; loaded; the external user ID was kept.</source>
        <translation>プリセット「%1」を読み込みました。外部ユーザー ID はそのままです。</translation>
    </message>
    <message>
        <source>Preset renamed to &quot;%1&quot;.</source>
        <translation>プリセットの名前を「%1」に変更しました。</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; deleted.</source>
        <translation>プリセット「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Name of the preset (for example &quot;Slack onboarding — prod, 2 h, least scope&quot;):</source>
        <translation>プリセットの名前 (例:「Slack 導入 — 本番、2 時間、最小スコープ」):</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>プリセットの名前を変更</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>プリセット「%1」を削除しますか?</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileDialog</name>
    <message>
        <source>%1 (IT)</source>
        <translation>%1 (IT)</translation>
    </message>
    <message>
        <source>%1 — provided by your IT department (read-only)</source>
        <translation>%1 — IT 部門が提供 (読み取り専用)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>•••• kept for this session only — type to replace</source>
        <translation>•••• このセッションのみ保持 — 入力すると置き換えます</translation>
    </message>
    <message>
        <source>•••• stored — type to replace</source>
        <translation>•••• 保存済み — 入力すると置き換えます</translation>
    </message>
    <message>
        <source>Not stored — paste the client secret</source>
        <translation>未保存 — クライアントシークレットを貼り付けてください</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存していません: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Storing the client secret…</source>
        <translation>クライアントシークレットを保存しています…</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept for this session only and will be forgotten when ConnectDesk quits.</source>
        <translation>保存しました。クライアントシークレットはこのセッションの間だけ保持され、ConnectDesk の終了時に破棄されます。</translation>
    </message>
    <message>
        <source>Saved. The client secret is in the OS keychain.</source>
        <translation>保存しました。クライアントシークレットは OS のキーチェーンにあります。</translation>
    </message>
    <message>
        <source>The profile is saved, but its client secret is not: %1</source>
        <translation>プロファイルは保存しましたが、クライアントシークレットは保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy and save.</source>
        <translation>複製しました。コピーの名前を変更して保存してください。</translation>
    </message>
    <message>
        <source>Duplicated, but its client secret was not copied: %1</source>
        <translation>複製しましたが、クライアントシークレットはコピーできませんでした: %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its client secret is removed from the keychain too.</source>
        <translation>プロファイル「%1」を削除しますか? クライアントシークレットもキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted; its secret may remain in the keychain: %2</source>
        <translation>プロファイル「%1」を削除しました。シークレットがキーチェーンに残っている可能性があります: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be removed: %2

Delete the profile anyway? Its secret may then stay in the keychain.</source>
        <translation>「%1」のクライアントシークレットを削除できませんでした: %2

それでもプロファイルを削除しますか? シークレットがキーチェーンに残る可能性があります。</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>それでも削除</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>接続をテストするにはクライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation>クライアントシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
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
        <translation>プロファイルをインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>プロファイルをエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Client secrets are never exported.</source>
        <translation>
            <numerusform>%n 件のプロファイルを %1 にエクスポートしました。クライアントシークレットはエクスポートされません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Discard the unsaved changes?</source>
        <translation>保存していない変更を破棄しますか?</translation>
    </message>
    <message>
        <source>Show or hide the typed client secret</source>
        <translation>入力したクライアントシークレットの表示/非表示</translation>
    </message>
    <message>
        <source>Hide the typed client secret</source>
        <translation>入力したクライアントシークレットを隠す</translation>
    </message>
    <message>
        <source>Show the typed client secret</source>
        <translation>入力したクライアントシークレットを表示</translation>
    </message>
    <message>
        <source>no project ID</source>
        <translation>プロジェクト ID なし</translation>
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
        <translation>本番</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileProjectSource</name>
    <message>
        <source>%1 (provided by IT)</source>
        <translation>%1 (IT 部門が提供)</translation>
    </message>
    <message>
        <source>Reading the client secret of &quot;%1&quot; from the keychain…</source>
        <translation>「%1」のクライアントシークレットをキーチェーンから読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::QrCodeWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG で保存…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG で保存…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>QR code of the Connect Link</source>
        <translation>Connect Link の QR コード</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>QR コードを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1.</source>
        <translation>QR コードを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Save QR Code as PNG</source>
        <translation>QR コードを PNG で保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Save QR Code as SVG</source>
        <translation>QR コードを SVG で保存</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>QR code copied as an image.</source>
        <translation>QR コードを画像としてコピーしました。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::RequestPreview</name>
    <message>
        <source>Request method, URL and headers</source>
        <translation>リクエストのメソッド、URL、ヘッダー</translation>
    </message>
    <message>
        <source>Body (pretty-printed for reading):</source>
        <translation>本文 (読みやすく整形):</translation>
    </message>
    <message>
        <source>Request body, pretty-printed</source>
        <translation>リクエスト本文 (整形済み)</translation>
    </message>
    <message>
        <source>Request body exactly as sent</source>
        <translation>送信されるとおりのリクエスト本文</translation>
    </message>
    <message>
        <source>Sent compact, only the fields that are set — exactly these %1 bytes (UTF-8):</source>
        <translation>設定済みのフィールドだけを詰めて送信します — ちょうど %1 バイト (UTF-8):</translation>
    </message>
    <message>
        <source>Not sent as it stands — Generate refuses until these are fixed:
%1</source>
        <translation>このままでは送信されません — 次の問題を修正するまで生成できません:
%1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResponseView</name>
    <message>
        <source>Response headers</source>
        <translation>応答ヘッダー</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>応答本文</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>ヘッダー:</translation>
    </message>
    <message>
        <source>Body (pretty-printed):</source>
        <translation>本文 (整形済み):</translation>
    </message>
    <message>
        <source>No response yet. Generate a link, or double-click a call in the call log.</source>
        <translation>まだ応答はありません。リンクを生成するか、呼び出しログの呼び出しをダブルクリックしてください。</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>HTTP 応答なし</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no retries</source>
        <translation>再試行なし</translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>再試行 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3 · %4 in total · %5 · %6</source>
        <translation>%1 %2 — %3 · 合計 %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>the window resets at %1</source>
        <translation>%1 に制限がリセットされます</translation>
    </message>
    <message>
        <source>the server asks to wait %1 before retrying</source>
        <translation>再試行まで %1 待つようサーバーが求めています</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Meaning: %1.</source>
        <translation>意味: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln calls left</source>
        <translation>
            <numerusform>残り %1 / %Ln 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>送信したリクエスト</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>送信したリクエスト:</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResultPane</name>
    <message>
        <source>This Connect Link has expired and is dead: a customer who opens it sees &quot;This link has expired&quot;. Do not send it.</source>
        <translation>この Connect Link は期限切れで使えません。開いた顧客には「This link has expired」と表示されます。送信しないでください。</translation>
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
        <translation>アプリ未選択: 顧客が選択します</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Expired — dead link</source>
        <translation>期限切れ — 使えないリンク</translation>
    </message>
    <message>
        <source>Expired link (do not send):</source>
        <translation>期限切れのリンク (送信しないでください):</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>このリンクを顧客に送ってください:</translation>
    </message>
    <message>
        <source>The Connect Link has expired.</source>
        <translation>Connect Link の有効期限が切れました。</translation>
    </message>
    <message>
        <source>No Connect Link yet: generate one first.</source>
        <translation>Connect Link はまだありません。先に生成してください。</translation>
    </message>
    <message>
        <source>The Connect Link has expired; generate a new one.</source>
        <translation>Connect Link の有効期限が切れました。新しいリンクを生成してください。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Could not open a browser; copy the link instead.</source>
        <translation>ブラウザーを開けませんでした。代わりにリンクをコピーしてください。</translation>
    </message>
    <message>
        <source>Connect Link opened in the browser.</source>
        <translation>Connect Link をブラウザーで開きました。</translation>
    </message>
    <message>
        <source>development</source>
        <comment>environment</comment>
        <translation>開発</translation>
    </message>
    <message>
        <source>production</source>
        <comment>environment</comment>
        <translation>本番</translation>
    </message>
    <message>
        <source>Not sent: the link shown is the previous one, for %1, and a new one is being created.</source>
        <translation>送信していません: 表示中のリンクは %1 用の以前のもので、新しいリンクを作成中です。</translation>
    </message>
    <message>
        <source>Not sent: the link shown is for %1, not for what the form says now. Generate a new link first.</source>
        <translation>送信していません: 表示中のリンクは %1 用で、現在のフォームの内容とは異なります。先に新しいリンクを生成してください。</translation>
    </message>
    <message>
        <source>Not sent: %1 already used this link; it cannot connect another account. Generate a new one.</source>
        <translation>送信していません: %1 はこのリンクを使用済みで、別のアカウントは接続できません。新しいリンクを生成してください。</translation>
    </message>
    <message>
        <source>Development link — won&apos;t work for customers</source>
        <translation>開発用リンク — 顧客には使えません</translation>
    </message>
    <message>
        <source>Only for people signed in to pipedream.com (testing):</source>
        <translation>pipedream.com にサインインしている人専用 (テスト用):</translation>
    </message>
    <message>
        <source>Used — connected at %1</source>
        <translation>使用済み — %1 に接続</translation>
    </message>
    <message>
        <source>Used — connected %1 at %2</source>
        <translation>使用済み — %2 に %1 を接続</translation>
    </message>
    <message>
        <source>Already used by %1 (do not send again):</source>
        <translation>%1 が使用済み (再送しないでください):</translation>
    </message>
    <message>
        <source>The customer connected with this link; it cannot be used again. For another account, generate a new link.</source>
        <translation>顧客はこのリンクで接続済みのため、再利用できません。別のアカウントには新しいリンクを生成してください。</translation>
    </message>
    <message>
        <source>For %1, not the current form</source>
        <translation>%1 用 (現在のフォームとは別)</translation>
    </message>
    <message>
        <source>Previous link for %1 (a new one is being created; do not send):</source>
        <translation>%1 用の以前のリンク (新しいリンクを作成中。送信しないでください):</translation>
    </message>
    <message>
        <source>Link for %1 only (the form names someone or something else; do not send):</source>
        <translation>%1 専用のリンク (フォームの内容と異なります。送信しないでください):</translation>
    </message>
    <message>
        <source>Link for %1 copied.</source>
        <translation>%1 のリンクをコピーしました。</translation>
    </message>
    <message>
        <source>Token for %1 copied.</source>
        <translation>%1 のトークンをコピーしました。</translation>
    </message>
    <message>
        <source>built-in sandbox (not real)</source>
        <translation>内蔵サンドボックス (本物ではありません)</translation>
    </message>
    <message>
        <source>Sandbox link — not real, do not send</source>
        <translation>サンドボックスのリンク — 本物ではありません。送信しないでください</translation>
    </message>
    <message>
        <source>Works only in this app&apos;s simulator, not for a customer:</source>
        <translation>このアプリのシミュレーターでのみ動作し、顧客には使えません:</translation>
    </message>
    <message>
        <source>Made by the built-in sandbox: this link opens only the simulator inside this app, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>内蔵サンドボックスで作成されました: このリンクは、サンドボックスの実行中にこのコンピューター上のこのアプリのシミュレーターだけを開きます。顧客には送信しないでください。顧客向けには実際のプロジェクトでリンクを生成してください。</translation>
    </message>
    <message>
        <source>Sandbox link for %1 copied (not real: do not send it to a customer).</source>
        <translation>%1 のサンドボックスのリンクをコピーしました (本物ではありません: 顧客に送信しないでください)。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SandboxLauncher</name>
    <message>
        <source>Could not start the sandbox: no local port could be opened on 127.0.0.1.</source>
        <translation>サンドボックスを起動できませんでした: 127.0.0.1 でローカルポートを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ScopePicker</name>
    <message>
        <source>Filter scopes</source>
        <translation>スコープを絞り込み</translation>
    </message>
    <message>
        <source>Shows only the scopes whose name or description contains this text. Down arrow or Enter moves to the list.</source>
        <translation>名前または説明にこのテキストを含むスコープだけを表示します。下矢印キーまたは Enter で一覧に移動します。</translation>
    </message>
    <message>
        <source>Connect token scopes</source>
        <translation>Connect トークンのスコープ</translation>
    </message>
    <message>
        <source>Space checks or unchecks the current scope. With none checked the token gets the server default, connect:*, which includes all the others.</source>
        <translation>Space キーで現在のスコープをオン/オフします。何も選択しないと、トークンには他のすべてを含むサーバーの既定値 connect:* が付与されます。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Unchecked %1: connect:* includes all of these.</source>
        <translation>%1 をオフにしました。connect:* にはこれらがすべて含まれます。</translation>
    </message>
    <message>
        <source>Checked again: %1.</source>
        <translation>再びオンにしました: %1。</translation>
    </message>
    <message>
        <source>Unchecked connect:*: it includes every other scope, so it cannot be combined with %1.</source>
        <translation>connect:* をオフにしました。他のすべてのスコープを含むため、%1 とは組み合わせられません。</translation>
    </message>
    <message>
        <source>No scope checked: the token gets the server default, connect:* (everything under Connect).</source>
        <translation>スコープが選択されていません。トークンにはサーバーの既定値 connect:* (Connect 配下のすべて) が付与されます。</translation>
    </message>
    <message>
        <source>connect:* includes all of these; check narrower scopes instead to limit what the token can do.</source>
        <translation>connect:* にはこれらすべてが含まれます。トークンの権限を制限するには、より狭いスコープを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>The token is limited to %n scope(s).</source>
        <translation>
            <numerusform>トークンは %n 個のスコープに制限されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No scope matches &quot;%1&quot;.</source>
        <translation>「%1」に一致するスコープはありません。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SharePanel</name>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>リンクを埋め込んだメッセージをコピーし、チャットやチケットにそのまま貼り付けられるようにします</translation>
    </message>
    <message>
        <source>There is no link to share yet.</source>
        <translation>共有できるリンクはまだありません。</translation>
    </message>
    <message>
        <source>This link has expired; generate a new one before sending it.</source>
        <translation>このリンクは期限切れです。送信する前に新しいリンクを生成してください。</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with the link.</source>
        <translation>リンク入りの「%1」メッセージをコピーしました。</translation>
    </message>
    <message>
        <source>Opened a new email in your mail program.</source>
        <translation>メールソフトで新しいメールを開きました。</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>メッセージを入力済みの新しいメールをメールソフトで開く</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>顧客が画面から読み取れるように、リンクを QR コードで表示</translation>
    </message>
    <message>
        <source>Hide &amp;QR code</source>
        <translation>QR コードを隠す(&amp;Q)</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>QR コードを表示(&amp;Q)</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with a sandbox link (not real: do not send it to a customer).</source>
        <translation>サンドボックスのリンク入りの「%1」メッセージをコピーしました (本物ではありません: 顧客に送信しないでください)。</translation>
    </message>
    <message>
        <source>No mail program could be opened on this computer. Copy the message instead and paste it into your mail or webmail.</source>
        <translation>このコンピューターではメールプログラムを開けませんでした。代わりにメッセージをコピーし、メールまたは Web メールに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::StatusLabel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TemplateEditorDialog</name>
    <message>
        <source>The message as the customer will see it.</source>
        <translation>顧客に表示されるとおりのメッセージ。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>プレースホルダー: %1</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>テンプレートには名前が必要です。</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>「%1」という名前のテンプレートは既にあります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>不明なプレースホルダー: %1</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>件名: %1

%2</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They are sent exactly as typed; check the spelling (known: {link}, {app}, {external_user_id}, {expires_at}, {expires_in}).</source>
        <translation>不明なプレースホルダー: %1。入力どおりに送信されます。綴りを確認してください (使えるもの: {link}、{app}、{external_user_id}、{expires_at}、{expires_in})。</translation>
    </message>
    <message>
        <source>This template has no {link}: the customer would get no link.</source>
        <translation>このテンプレートには {link} がありません。顧客にリンクが届きません。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenCheckView</name>
    <message>
        <source>Connect token to check</source>
        <translation>確認する Connect トークン</translation>
    </message>
    <message>
        <source>app slug or ID, e.g. slack (optional)</source>
        <translation>アプリのスラッグまたは ID (例: slack、省略可)</translation>
    </message>
    <message>
        <source>App to check the token against</source>
        <translation>トークンを確認する対象のアプリ</translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation>トークンを確認(&amp;H)</translation>
    </message>
    <message>
        <source>Ask the server whether the token is still valid</source>
        <translation>トークンがまだ有効かどうかサーバーに問い合わせる</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>アプリ(&amp;A):</translation>
    </message>
    <message>
        <source>Asks GET /v1/connect/tokens/{token}/validate whether a Connect Link still works.</source>
        <translation>GET /v1/connect/tokens/{token}/validate で Connect Link がまだ使えるかどうかを確認します。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>プロジェクト: %1 (%2)</translation>
    </message>
    <message>
        <source>External user ID: %1</source>
        <translation>外部ユーザー ID: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>サーバーの応答:「%1」</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenForm</name>
    <message>
        <source>Type the project ID; it starts with proj_.</source>
        <translation>プロジェクト ID を入力してください。proj_ で始まります。</translation>
    </message>
    <message>
        <source>Set by the &quot;%1&quot; project.</source>
        <translation>プロジェクト「%1」で設定されています。</translation>
    </message>
    <message>
        <source>Hide advanced fields</source>
        <translation>詳細項目を隠す</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>詳細項目を表示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pipedream&apos;s servers cannot reach %1, so this webhook will get no events. Use an address on the internet (for example a tunnel to this computer).</source>
        <translation>Pipedream のサーバーは %1 に到達できないため、この Webhook はイベントを受け取りません。インターネット上のアドレス (たとえばこのコンピューターへのトンネル) を使用してください。</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::WelcomePage</name>
    <message>
        <source>Welcome to ConnectDesk</source>
        <translation>ConnectDesk へようこそ</translation>
    </message>
    <message>
        <source>ConnectDesk creates Pipedream Connect Links for your customers. Try it first in the sandbox — a built-in stand-in for Pipedream, no account needed, links are not real — or add your project with its OAuth client. The client secret is kept in your system&apos;s keychain.</source>
        <translation>ConnectDesk は顧客向けの Pipedream Connect Link を作成します。まずはサンドボックス (Pipedream の内蔵代替。アカウント不要で、リンクは本物ではありません) で試すか、OAuth クライアント付きでプロジェクトを追加してください。クライアントシークレットはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>サンドボックスを試す(&amp;S)</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <source>See the whole flow against a local simulator; nothing is sent to Pipedream.</source>
        <translation>ローカルのシミュレーターで一連の流れを確認できます。Pipedream には何も送信しません。</translation>
    </message>
    <message>
        <source>&amp;Add a project</source>
        <translation>プロジェクトを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>プロジェクトを追加</translation>
    </message>
    <message>
        <source>Create a profile with your project ID and OAuth client.</source>
        <translation>プロジェクト ID と OAuth クライアントでプロファイルを作成します。</translation>
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
        <translation>検索は最大 %1 文字です。これより長い外部ユーザー ID はありません。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>the server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the client ID and secret.</source>
        <translation>接続しました: %1 がクライアント ID とシークレットを受け入れました。</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>hours and minutes, abbreviated: &quot;3 h 59 min&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>あと %1 で期限切れ</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>たった今期限切れ</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1前に期限切れ</translation>
    </message>
    <message>
        <source>The link has expired.</source>
        <translation>リンクの有効期限が切れました。</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s).</source>
        <translation>
            <numerusform>あと %n 分で期限切れになります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n hour(s).</source>
        <translation>
            <numerusform>あと %n 時間で期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires in %1 and %2.</source>
        <extracomment>&quot;Expires in 3 hours and 59 minutes.&quot;</extracomment>
        <translation>あと %1 %2で期限切れになります。</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the file could not be read (%2)</source>
        <translation>%1 行目: ファイルを読み込めませんでした (%2)</translation>
    </message>
    <message>
        <source>line %1: the file is not UTF-8 text</source>
        <translation>%1 行目: ファイルが UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>%1 行目: 引用符で囲まれたフィールドが閉じていません</translation>
    </message>
</context>
<context>
    <name>CsvRowSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The first row must be a header with an external_user_id column (and optionally an app column).</source>
        <translation>1 行目は external_user_id 列 (と、必要なら app 列) を含む見出し行にしてください。</translation>
    </message>
</context>
<context>
    <name>CustomerAccount</name>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>不調</translation>
    </message>
    <message>
        <source>Dead: must connect again</source>
        <translation>停止: 再接続が必要</translation>
    </message>
</context>
<context>
    <name>DeletionOutcome</name>
    <message>
        <source>Deleted the external user %1 and their accounts.</source>
        <translation>外部ユーザー %1 とそのアカウントを削除しました。</translation>
    </message>
    <message>
        <source>Deleted the account %1.</source>
        <translation>アカウント %1 を削除しました。</translation>
    </message>
    <message>
        <source>The external user %1 was already gone: nothing to delete.</source>
        <translation>外部ユーザー %1 は既に削除されていました。削除するものはありません。</translation>
    </message>
    <message>
        <source>The account %1 was already gone: nothing to delete.</source>
        <translation>アカウント %1 は既に削除されていました。削除するものはありません。</translation>
    </message>
    <message>
        <source>The answer to the deletion of %1 was lost (%2). It may have happened: refresh to see before trying again.</source>
        <translation>%1 の削除に対する応答が失われました (%2)。削除された可能性があります。再試行する前に更新して確認してください。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not allow deleting accounts or users.</source>
        <translation>プロファイル「%1」ではアカウントやユーザーを削除できません。</translation>
    </message>
    <message>
        <source>Nothing to delete: no ID was given.</source>
        <translation>削除するものがありません: ID が指定されていません。</translation>
    </message>
</context>
<context>
    <name>DevLinkGuard</name>
    <message>
        <source>Share a development link?</source>
        <translation>開発用リンクを共有しますか?</translation>
    </message>
    <message>
        <source>This Connect Link was created in the development environment, so it will most likely not work for a customer: development allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. For a customer, generate the link in production.</source>
        <translation>この Connect Link は開発環境で作成されたため、顧客にはおそらく使えません。開発環境では外部ユーザーは最大 10 人で、接続する人は同じブラウザーで pipedream.com にサインインしている必要があります。顧客向けには本番環境でリンクを生成してください。</translation>
    </message>
    <message>
        <source>Don&apos;t ask again this session</source>
        <translation>このセッションでは今後確認しない</translation>
    </message>
    <message>
        <source>Development link</source>
        <translation>開発用リンク</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>それでも共有</translation>
    </message>
    <message>
        <source>Share a sandbox link?</source>
        <translation>サンドボックスのリンクを共有しますか?</translation>
    </message>
    <message>
        <source>This Connect Link was made by the built-in sandbox, a simulator inside this app. It is not real: it works only in this app&apos;s simulator, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>この Connect Link は、このアプリ内のシミュレーターである内蔵サンドボックスで作成されました。本物ではありません: サンドボックスの実行中に、このコンピューター上のこのアプリのシミュレーターでのみ動作します。顧客には送信しないでください。顧客向けには実際のプロジェクトでリンクを生成してください。</translation>
    </message>
    <message>
        <source>Development link: it will not work for a customer.</source>
        <translation>開発用リンク: 顧客には使えません。</translation>
    </message>
    <message>
        <source>Sandbox link: not real, it works only in this app&apos;s simulator. Do not send it to a customer.</source>
        <translation>サンドボックスのリンク: 本物ではなく、このアプリのシミュレーターでのみ動作します。顧客には送信しないでください。</translation>
    </message>
    <message>
        <source>Sandbox link</source>
        <translation>サンドボックスのリンク</translation>
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
        <translation>強調表示された項目を確認してください</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Wrong client ID or secret</source>
        <translation>クライアント ID またはシークレットが正しくありません</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>サーバーからの予期しない応答</translation>
    </message>
    <message>
        <source>Cannot reach the server — offline?</source>
        <translation>サーバーに接続できません — オフラインですか?</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>サーバーから時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>プロジェクトが見つかりません</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>サーバーがリクエストを拒否しました</translation>
    </message>
    <message>
        <source>Pipedream had a problem</source>
        <translation>Pipedream で問題が発生しました</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>リクエストに失敗しました</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>今すぐもう一度お試しいただけます。</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>%1後にもう一度お試しいただけます。</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <translation>サーバーの応答: 「%1」</translation>
    </message>
    <message>
        <source>Rate limited by the server</source>
        <translation>サーバーによりレート制限されました</translation>
    </message>
    <message>
        <source>Check the project ID and the environment.</source>
        <translation>プロジェクト ID と環境を確認してください。</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation>項目を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>If the request had already reached the server, a token may exist but was not shown; it expires on its own.</source>
        <translation>リクエストが既にサーバーに届いていた場合、表示されなかったトークンが存在する可能性があります。トークンは自動的に期限切れになります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Open Projects and credentials</source>
        <translation>プロジェクトと認証情報を開く</translation>
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
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>no PEM certificate in the file.</source>
        <translation>ファイルに PEM 証明書がありません。</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Use the built-in simulator.</source>
        <translation>内蔵シミュレーターを使います。</translation>
    </message>
    <message>
        <source>Build and render the window once, then exit.</source>
        <translation>ウィンドウを一度構築して描画し、終了します。</translation>
    </message>
    <message>
        <source>Connect API base URL.</source>
        <translation>Connect API のベース URL。</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>ユーザーインターフェースの言語。</translation>
    </message>
    <message>
        <source>--api-base-url needs an http(s) URL, got &quot;%1&quot;.</source>
        <translation>--api-base-url には http(s) の URL が必要です。指定された値:「%1」。</translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>--lang:「%1」の翻訳はありません。利用可能: %2。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>履歴のメッセージ</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>External user or app</source>
        <translation>外部ユーザーまたはアプリ</translation>
    </message>
    <message>
        <source>Search history by external user or app</source>
        <translation>外部ユーザーまたはアプリで履歴を検索</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Show links in this state</source>
        <translation>この状態のリンクを表示</translation>
    </message>
    <message>
        <source>Generated links</source>
        <translation>生成したリンク</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected Connect Link</source>
        <translation>選択した Connect Link をコピー</translation>
    </message>
    <message>
        <source>&amp;Issue again</source>
        <translation>再発行(&amp;I)</translation>
    </message>
    <message>
        <source>Issue a new link with the same fields</source>
        <translation>同じ内容で新しいリンクを発行</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the shown history as CSV</source>
        <translation>表示中の履歴を CSV でエクスポート</translation>
    </message>
    <message>
        <source>Show only links that are active, connected, expired or failed</source>
        <translation>有効、接続済み、期限切れ、失敗のいずれかのリンクだけを表示</translation>
    </message>
    <message>
        <source>Links created on this computer and their state</source>
        <translation>このコンピューターで作成したリンクとその状態</translation>
    </message>
    <message>
        <source>Create a new link with the same fields for the same customer</source>
        <translation>同じ顧客に同じ内容で新しいリンクを作成</translation>
    </message>
    <message>
        <source>Save the links shown in the table as a CSV file</source>
        <translation>表に表示中のリンクを CSV ファイルに保存</translation>
    </message>
</context>
<context>
    <name>LinkDiagnosis</name>
    <message>
        <source>The link works: it is unused and not expired. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>リンクは有効です。未使用で期限切れではありません。顧客は今すぐ開けます。動かないと言われたら、アプリとブラウザーを確認してください。</translation>
    </message>
    <message>
        <source>The link works: it is unused and valid until %1. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>リンクは有効です。未使用で %1 まで使えます。顧客は今すぐ開けます。動かないと言われたら、アプリとブラウザーを確認してください。</translation>
    </message>
    <message>
        <source>This is a development link: it works only for the project&apos;s developers, not for a customer. Create a production link for the customer.</source>
        <translation>これは開発用リンクです。プロジェクトの開発者にしか使えず、顧客には使えません。顧客には本番用リンクを作成してください。</translation>
    </message>
    <message>
        <source>This link was made in ConnectDesk&apos;s built-in sandbox: it never worked for anyone. Create a real link with a project profile.</source>
        <translation>このリンクは ConnectDesk の内蔵サンドボックスで作成されたもので、誰にも使えません。プロジェクトのプロファイルで本物のリンクを作成してください。</translation>
    </message>
    <message>
        <source>The link has expired: Connect Links are short-lived. Issue a new link and ask the customer to open it right away.</source>
        <translation>リンクは期限切れです。Connect Link の有効期間は短いため、新しいリンクを発行し、すぐに開くよう顧客に依頼してください。</translation>
    </message>
    <message>
        <source>The link was used and it worked: %1 (%2) is connected and healthy. A link works only once; if the customer needs another account, create a new link.</source>
        <translation>リンクは使用され、成功しました: %1 (%2) は接続済みで正常です。リンクは 1 回しか使えません。別のアカウントが必要な場合は新しいリンクを作成してください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>The link was already used. This machine did not make it, so the customer is unknown: find them in Customers to see their accounts.</source>
        <translation>リンクは使用済みです。このコンピューターで作成したものではないため顧客が不明です。「顧客」で検索してアカウントを確認してください。</translation>
    </message>
    <message>
        <source>The link was already used, but the customer has no %1 account now: it may have been deleted. Create a new link.</source>
        <translation>リンクは使用済みですが、顧客には現在 %1 のアカウントがありません。削除された可能性があります。新しいリンクを作成してください。</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>該当する</translation>
    </message>
    <message>
        <source>The server does not know this token: it may be mistyped or cut off, or it belongs to another project or environment. Ask the customer to paste the whole link.</source>
        <translation>サーバーはこのトークンを認識していません。入力ミスや途中で切れている可能性、または別のプロジェクトや環境のものである可能性があります。リンク全体を貼り付けるよう顧客に依頼してください。</translation>
    </message>
    <message>
        <source>The token is fine but the link names an app that does not exist (&quot;%1&quot;). Create a new link with the right app.</source>
        <translation>トークンは正常ですが、リンクが存在しないアプリ (「%1」) を指しています。正しいアプリで新しいリンクを作成してください。</translation>
    </message>
    <message>
        <source>The link could not be checked: %1</source>
        <translation>リンクを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is dead: &quot;%2&quot;. Ask the customer to connect again with a new link.</source>
        <translation>リンクは成功しましたが、%1 のアカウントは停止しています: 「%2」。新しいリンクで再接続するよう顧客に依頼してください。</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is unhealthy: &quot;%2&quot;. Pipedream keeps retrying; if it stays so, ask the customer to connect again with a new link.</source>
        <translation>リンクは成功しましたが、%1 のアカウントは不調です: 「%2」。Pipedream が再試行を続けます。このままの場合は、新しいリンクで再接続するよう顧客に依頼してください。</translation>
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
        <translation>リンクを生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Connect Link を生成</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>リクエストをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Copy Connect &amp;Link</source>
        <translation>Connect Link をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>トークンをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open link in browser</source>
        <translation>リンクをブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About ConnectDesk</source>
        <translation>ConnectDesk について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>the Connect Link</source>
        <translation>Connect Link</translation>
    </message>
    <message>
        <source>the app&apos;s name (Slack), or its slug</source>
        <translation>アプリ名 (Slack) またはそのスラッグ</translation>
    </message>
    <message>
        <source>the customer&apos;s external user ID</source>
        <translation>顧客の外部ユーザー ID</translation>
    </message>
    <message>
        <source>when the link expires, as a date and time</source>
        <translation>リンクの有効期限 (日時)</translation>
    </message>
    <message>
        <source>how long the link is still valid (3 hours 59 minutes)</source>
        <translation>リンクの残り有効時間 (3 時間 59 分)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Your link to connect {app}</source>
        <translation>{app} を接続するためのリンク</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Here is your secure link to connect {app}: {link}
It works once and expires in {expires_in} ({expires_at}).</source>
        <translation>{app} を接続するための安全なリンクです: {link}
1 回だけ使用でき、{expires_in}後 ({expires_at}) に期限切れになります。</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>サポートチケット</translation>
    </message>
    <message>
        <source>Hi,

Please use the link below to connect {app}. It can be used once and is valid until {expires_at}.

{link}

If the link has expired before you get to it, reply to this ticket and we will send a fresh one.

Reference: {external_user_id}</source>
        <translation>こんにちは。

以下のリンクから {app} を接続してください。1 回だけ使用でき、{expires_at} まで有効です。

{link}

ご利用前にリンクの期限が切れた場合は、このチケットに返信していただければ新しいリンクをお送りします。

参照番号: {external_user_id}</translation>
    </message>
    <message>
        <source>Link only</source>
        <translation>リンクのみ</translation>
    </message>
    <message>
        <source>your app</source>
        <extracomment>{app} when no app was chosen: &quot;connect your app&quot;</extracomment>
        <translation>お使いのアプリ</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <extracomment>{expires_at}: &quot;Saturday, 28 November 2026 at 16:02 UTC&quot; (date, time, time zone)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>already expired</source>
        <translation>既に期限切れ</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>{expires_in}: &quot;3 hours 59 minutes&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Hello,

To finish setting up the integration, please open this secure link and connect {app}:

{link}

The link can be used once and is valid until {expires_at}. If it has expired by the time you open it, reply to this email and we will send you a new one.

Thank you!</source>
        <translation>こんにちは。

連携の設定を完了するため、次の安全なリンクを開いて {app} を接続してください。

{link}

このリンクは 1 回だけ使用でき、{expires_at} まで有効です。開いたときに期限が切れていた場合は、このメールに返信していただければ新しいリンクをお送りします。

よろしくお願いいたします。</translation>
    </message>
</context>
<context>
    <name>OriginsEditor</name>
    <message>
        <source>Type an origin such as https://app.example.com and press Enter. Paste several at once with Ctrl+V.</source>
        <translation>https://app.example.com のようなオリジンを入力して Enter を押します。Ctrl+V で複数をまとめて貼り付けられます。</translation>
    </message>
    <message>
        <source>New allowed origin</source>
        <translation>新しい許可オリジン</translation>
    </message>
    <message>
        <source>An origin is scheme://host[:port] with no path. Press Enter to add it to the list; pasting several lines, commas or spaces adds each one.</source>
        <translation>オリジンはパスのない scheme://host[:port] の形式です。Enter で一覧に追加します。複数行やカンマ・空白区切りで貼り付けると、それぞれ追加されます。</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>Add the typed origin (Enter)</source>
        <translation>入力したオリジンを追加 (Enter)</translation>
    </message>
    <message>
        <source>Add origin</source>
        <translation>オリジンを追加</translation>
    </message>
    <message>
        <source>Adds the typed origin to the list of allowed origins.</source>
        <translation>入力したオリジンを許可するオリジンの一覧に追加します。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit an origin; Delete removes the selected ones; Ctrl+V pastes several.</source>
        <translation>ダブルクリックまたは F2 でオリジンを編集、Delete で選択項目を削除、Ctrl+V で複数を貼り付けます。</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>許可するオリジン</translation>
    </message>
    <message>
        <source>Origins allowed to use the token from a browser, each with its check result. F2 edits the current origin, Delete removes the selected ones, Ctrl+V pastes several from the clipboard.</source>
        <translation>ブラウザーからトークンを使用できるオリジンと、それぞれの確認結果。F2 で現在のオリジンを編集、Delete で選択項目を削除、Ctrl+V でクリップボードから複数を貼り付けます。</translation>
    </message>
    <message>
        <source>Remove the selected origins (Delete)</source>
        <translation>選択したオリジンを削除 (Delete)</translation>
    </message>
    <message>
        <source>Remove selected origins</source>
        <translation>選択したオリジンを削除</translation>
    </message>
    <message>
        <source>Removes the selected origins from the list.</source>
        <translation>選択したオリジンを一覧から削除します。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add every origin on the clipboard: one per line, or separated by commas or spaces (Ctrl+V in the list)</source>
        <translation>クリップボードのオリジンをすべて追加します。1 行に 1 つ、またはカンマや空白で区切ります (一覧で Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste origins</source>
        <translation>オリジンを貼り付け</translation>
    </message>
    <message>
        <source>Adds each origin on the clipboard; lines, commas and spaces separate them.</source>
        <translation>クリップボードのオリジンをそれぞれ追加します。改行、カンマ、空白で区切られます。</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>行を貼り付け</translation>
    </message>
</context>
<context>
    <name>PastedLink</name>
    <message>
        <source>Paste a Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) or a Connect token (ctok_...).</source>
        <translation>Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) または Connect トークン (ctok_...) を貼り付けてください。</translation>
    </message>
    <message>
        <source>This looks like a cut-off Connect token: a token is &quot;ctok_&quot; followed by at least 8 letters and digits. Paste the whole link.</source>
        <translation>途中で切れた Connect トークンのようです。トークンは「ctok_」の後に 8 文字以上の英数字が続きます。リンク全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is not a Connect Link or token. Expected a link like https://pipedream.com/_static/connect.html?token=ctok_... or a token starting with &quot;ctok_&quot;.</source>
        <translation>Connect Link でもトークンでもありません。https://pipedream.com/_static/connect.html?token=ctok_... のようなリンク、または「ctok_」で始まるトークンを入力してください。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>既定の環境</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>アクセススコープ</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is %2.</source>
        <translation>名前が %1 文字あります。上限は %2 文字です。</translation>
    </message>
    <message>
        <source>The name contains a line break, tab or other control character.</source>
        <translation>名前に改行、タブ、またはその他の制御文字が含まれています。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>「%1」という名前のプロファイルは既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID (from Pipedream&apos;s API settings).</source>
        <translation>OAuth クライアント ID を入力してください (Pipedream の API 設定にあります)。</translation>
    </message>
    <message>
        <source>A client ID has no spaces or line breaks; check that it was pasted whole.</source>
        <translation>クライアント ID には空白や改行は含まれません。すべて貼り付けられているか確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; separate scopes such as connect:tokens:create with spaces.</source>
        <translation>「%1」はスコープではありません。connect:tokens:create のようなスコープは空白で区切ってください。</translation>
    </message>
    <message>
        <source>The API base URL must be an absolute http(s) address such as https://api.pipedream.com: %1</source>
        <translation>API ベース URL は https://api.pipedream.com のような絶対 http(s) アドレスにしてください: %1</translation>
    </message>
    <message>
        <source>The API base URL must not carry a user name, password, query or fragment.</source>
        <translation>API ベース URL にユーザー名、パスワード、クエリ、フラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; was ignored: secrets are never imported; enter the client secret in ConnectDesk.</source>
        <translation>フィールド「%1」は無視しました。シークレットはインポートされません。クライアントシークレットは ConnectDesk で入力してください。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>P&amp;rofiles:</source>
        <translation>プロファイル(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>プロファイルを追加</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>プロファイルを複製</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import profiles from JSON</source>
        <translation>JSON からプロファイルをインポート</translation>
    </message>
    <message>
        <source>Adds profiles from a JSON export. Secrets are never imported.</source>
        <translation>JSON エクスポートからプロファイルを追加します。シークレットはインポートされません。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export profiles to JSON</source>
        <translation>プロファイルを JSON にエクスポート</translation>
    </message>
    <message>
        <source>Writes every profile to a JSON file — never the client secrets.</source>
        <translation>すべてのプロファイルを JSON ファイルに書き出します — クライアントシークレットは含みません。</translation>
    </message>
    <message>
        <source>Provided by your IT department: read-only. You can store your client secret for it, or duplicate it to make changes.</source>
        <translation>IT 部門が提供: 読み取り専用。クライアントシークレットは保存できます。変更するには複製してください。</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>読み取り専用のプロファイル</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>キーチェーンの問題</translation>
    </message>
    <message>
        <source>Keep for this &amp;session only</source>
        <translation>このセッションだけ保持(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>シークレットをこのセッションだけ保持</translation>
    </message>
    <message>
        <source>Keeps the client secret in memory until ConnectDesk quits; it is never written anywhere.</source>
        <translation>ConnectDesk を終了するまでクライアントシークレットをメモリーに保持します。どこにも書き込みません。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>例: Acme 本番</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>プロジェクト ID(&amp;P):</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>proj_...</source>
        <translation>proj_...</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>既定の環境(&amp;E):</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>既定の環境</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <source>From Pipedream&apos;s API settings</source>
        <translation>Pipedream の API 設定から</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Stored in the OS keychain</source>
        <translation>OS のキーチェーンに保存</translation>
    </message>
    <message>
        <source>Stored in the OS keychain — never in settings, exports or logs.</source>
        <translation>OS のキーチェーンに保存 — 設定、エクスポート、ログには保存しません。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Access &amp;scope:</source>
        <translation>アクセススコープ(&amp;S):</translation>
    </message>
    <message>
        <source>Access-token scope</source>
        <translation>アクセストークンのスコープ</translation>
    </message>
    <message>
        <source>connect:tokens:create connect:users:read connect:accounts:read</source>
        <translation>connect:tokens:create connect:users:read connect:accounts:read</translation>
    </message>
    <message>
        <source>Optional: ask only for what this profile needs (space-separated). Empty means every scope.</source>
        <translation>省略可: このプロファイルに必要なものだけを空白区切りで指定します。空欄はすべてのスコープを意味します。</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>https://api.pipedream.com</source>
        <translation>https://api.pipedream.com</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Fetches an access token with this client ID and secret.</source>
        <translation>このクライアント ID とシークレットでアクセストークンを取得します。</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>変更を元に戻す</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
    <message>
        <source>Your profiles and those provided by IT. The selected one is shown on the right.</source>
        <translation>自分のプロファイルと IT 部門が提供するプロファイル。選択したものが右側に表示されます。</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>新しい空のプロファイルを作成</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its stored client secret</source>
        <translation>選択したプロファイルを、保存済みのクライアントシークレットも含めてコピー</translation>
    </message>
    <message>
        <source>Delete the selected profile and its client secret in the keychain</source>
        <translation>選択したプロファイルと、キーチェーン内のクライアントシークレットを削除</translation>
    </message>
    <message>
        <source>The environment new links use unless the form says otherwise</source>
        <translation>フォームで指定しない限り、新しいリンクに使われる環境</translation>
    </message>
    <message>
        <source>Undo the changes made since the last save</source>
        <translation>最後に保存してからの変更を取り消す</translation>
    </message>
    <message>
        <source>Save the profile; the client secret goes to the OS keychain</source>
        <translation>プロファイルを保存します。クライアントシークレットは OS のキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Allow deleting customers&apos; accounts and &amp;users</source>
        <translation>顧客のアカウントとユーザーの削除を許可(&amp;U)</translation>
    </message>
    <message>
        <source>Off for a support profile that may create links but must not delete anything in the Customers view or with connectdesk accounts/users delete.</source>
        <translation>リンクは作成できても、「顧客」ビューや connectdesk accounts/users delete で何も削除してはならないサポート用プロファイルではオフにします。</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>No OAuth client for this project: add it under Tools &gt; Projects and credentials (Ctrl+,), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET before starting ConnectDesk. Tools &gt; Try the sandbox shows the whole flow without an account.</source>
        <translation>このプロジェクトには OAuth クライアントがありません: ツール &gt; プロジェクトと認証情報 (Ctrl+,) で追加するか、ConnectDesk の起動前に PIPEDREAM_CLIENT_ID と PIPEDREAM_CLIENT_SECRET を設定してください。ツール &gt; サンドボックスを試す で、アカウントなしで一連の流れを確認できます。</translation>
    </message>
    <message>
        <source>PIPEDREAM_* variables</source>
        <translation>PIPEDREAM_* 変数</translation>
    </message>
    <message>
        <source>Other project (type its ID; client from PIPEDREAM_CLIENT_ID)</source>
        <translation>その他のプロジェクト (ID を入力、クライアントは PIPEDREAM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>Other project (type its ID; no OAuth client set)</source>
        <translation>その他のプロジェクト (ID を入力、OAuth クライアント未設定)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>エンコードする内容がありません。</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n bytes).</source>
        <translation>
            <numerusform>テキストが長すぎて QR コードにできません (%n バイト)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>QR コードを作成できませんでした。</translation>
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
        <translation>まだリンクはありません。顧客の外部ユーザー ID を入力し、アプリを選んで「リンクを生成」を押してください (Ctrl+Return)。</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>このリンクを顧客に送ってください:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the Connect Link</source>
        <translation>Connect Link をコピー</translation>
    </message>
    <message>
        <source>Copy the Connect Link (Ctrl+Shift+C)</source>
        <translation>Connect Link をコピー (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Open the Connect Link in the browser</source>
        <translation>Connect Link をブラウザーで開く</translation>
    </message>
    <message>
        <source>Generate a new link with the same fields</source>
        <translation>同じ内容で新しいリンクを生成</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Expires at:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Connect token</source>
        <translation>Connect トークン</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>Created for:</source>
        <translation>作成対象:</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Open the Connect Link in the default web browser</source>
        <translation>Connect Link を既定の Web ブラウザーで開く</translation>
    </message>
    <message>
        <source>Create a new token and link with the same external user ID, app and options</source>
        <translation>同じ外部ユーザー ID、アプリ、オプションで新しいトークンとリンクを作成</translation>
    </message>
    <message>
        <source>The Connect token, read-only. The link already contains it; copy it only for API work.</source>
        <translation>Connect トークン (読み取り専用)。リンクに既に含まれています。API の作業に使うときだけコピーしてください。</translation>
    </message>
    <message>
        <source>Copy the Connect token to the clipboard</source>
        <translation>Connect トークンをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>ブラウザーで開く(&amp;B)</translation>
    </message>
    <message>
        <source>Generate a new link with the sa&amp;me fields</source>
        <translation>同じ内容で新しいリンクを生成(&amp;M)</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K):</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <source>Everything under Connect (the server default)</source>
        <translation>Connect 配下のすべて (サーバーの既定値)</translation>
    </message>
    <message>
        <source>Run Connect actions</source>
        <translation>Connect のアクションを実行</translation>
    </message>
    <message>
        <source>Connect triggers</source>
        <translation>Connect のトリガー</translation>
    </message>
    <message>
        <source>List and fetch the user&apos;s connected accounts</source>
        <translation>ユーザーの接続済みアカウントを一覧・取得</translation>
    </message>
    <message>
        <source>Create or remove connected accounts</source>
        <translation>接続済みアカウントを作成・削除</translation>
    </message>
    <message>
        <source>Read deployed triggers, their events and webhooks</source>
        <translation>デプロイ済みトリガーとそのイベント・Webhook を読み取り</translation>
    </message>
    <message>
        <source>Modify or delete deployed triggers</source>
        <translation>デプロイ済みトリガーを変更・削除</translation>
    </message>
    <message>
        <source>Usage records for a time window</source>
        <translation>期間ごとの使用状況の記録</translation>
    </message>
    <message>
        <source>List and fetch external users</source>
        <translation>外部ユーザーを一覧・取得</translation>
    </message>
    <message>
        <source>Delete external users</source>
        <translation>外部ユーザーを削除</translation>
    </message>
    <message>
        <source>Create Connect tokens</source>
        <translation>Connect トークンを作成</translation>
    </message>
    <message>
        <source>Call the Connect proxy</source>
        <translation>Connect プロキシを呼び出し</translation>
    </message>
    <message>
        <source>Invoke workflows on the user&apos;s behalf</source>
        <translation>ユーザーに代わってワークフローを呼び出し</translation>
    </message>
    <message>
        <source>Read projects</source>
        <translation>プロジェクトを読み取り</translation>
    </message>
    <message>
        <source>Modify projects</source>
        <translation>プロジェクトを変更</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No client secret is kept for this profile in this session; enter it in the profile settings.</source>
        <translation>このセッションではこのプロファイルのクライアントシークレットが保持されていません。プロファイル設定で入力してください。</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile; enter it in the profile settings.</source>
        <translation>このプロファイルにはクライアントシークレットが保存されていません。プロファイル設定で入力してください。</translation>
    </message>
    <message>
        <source>The client secret stored for this profile is no longer in the keychain: it was removed outside ConnectDesk, or its keyring is locked. Unlock the keyring or enter the secret again.</source>
        <translation>このプロファイル用に保存したクライアントシークレットがキーチェーンにありません。ConnectDesk の外で削除されたか、キーリングがロックされています。キーリングのロックを解除するか、シークレットを再入力してください。</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the client secret cannot be stored safely. Start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or keep the secret for this session only.</source>
        <translation>キーチェーンを利用できないため (%1)、クライアントシークレットを安全に保存できません。デスクトップのキーリング (GNOME Keyring、KWallet、その他の Secret Service) を起動するか、このセッションの間だけシークレットを保持してください。</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>Secret Service から応答がありません</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by logging in to your desktop keyring) and try again.</source>
        <translation>キーチェーンがロックされているか、アクセスが拒否されました。ロックを解除して (例: デスクトップのキーリングにログイン) もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>キーチェーンがエラーを報告しました: %1。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>The keyring is locked: unlock it and try again.</source>
        <translation>キーリングがロックされています。ロックを解除してからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>Share the Connect Link</source>
        <translation>Connect Link を共有</translation>
    </message>
    <message>
        <source>The template used by Copy as Message and Email</source>
        <translation>「メッセージとしてコピー」と「メール」で使うテンプレート</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>メッセージテンプレート</translation>
    </message>
    <message>
        <source>Edit message templates</source>
        <translation>メッセージテンプレートを編集</translation>
    </message>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>リンクを埋め込んだメッセージをコピーし、チャットやチケットにそのまま貼り付けられるようにします</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>メッセージとしてコピー</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>メッセージを入力済みの新しいメールをメールソフトで開く</translation>
    </message>
    <message>
        <source>Email the link</source>
        <translation>リンクをメールで送信</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>顧客が画面から読み取れるように、リンクを QR コードで表示</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR コードを表示</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>共有の状況</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>QR コードを PNG 画像で保存</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>QR コードを SVG 画像で保存</translation>
    </message>
    <message>
        <source>Add, rename or change the message templates</source>
        <translation>メッセージテンプレートの追加、名前の変更、編集</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>テンプレートを編集…</translation>
    </message>
    <message>
        <source>Copy as me&amp;ssage</source>
        <translation>メッセージとしてコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Ema&amp;il…</source>
        <translation>メール(&amp;I)…</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>QR コードを表示(&amp;Q)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG で保存…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG で保存…</translation>
    </message>
    <message>
        <source>Copy message instead</source>
        <translation>代わりにメッセージをコピー</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard, to paste it into your mail or webmail</source>
        <translation>メッセージをクリップボードにコピーして、メールまたは Web メールに貼り付けます</translation>
    </message>
    <message>
        <source>Copy the QR code as an image, to paste into a chat or a document</source>
        <translation>QR コードを画像としてコピーし、チャットや文書に貼り付けます</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>QR コードを画像としてコピー</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>メッセージテンプレート</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>テンプレートを追加</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>テンプレートの名前を変更</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>テンプレートを削除</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the templates to the defaults</source>
        <translation>テンプレートを既定値に戻す</translation>
    </message>
    <message>
        <source>&amp;Subject (email only):</source>
        <translation>件名 (メールのみ)(&amp;S):</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>メールの件名</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージの本文</translation>
    </message>
    <message>
        <source>Insert a placeholder</source>
        <translation>プレースホルダーを挿入</translation>
    </message>
    <message>
        <source>Template warning</source>
        <translation>テンプレートの警告</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>プレビュー(&amp;P):</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>メッセージのプレビュー</translation>
    </message>
    <message>
        <source>The message templates; pick one to edit it below.</source>
        <translation>メッセージテンプレート。選ぶと下で編集できます。</translation>
    </message>
    <message>
        <source>Add a new template</source>
        <translation>新しいテンプレートを追加</translation>
    </message>
    <message>
        <source>Rename the selected template</source>
        <translation>選択したテンプレートの名前を変更</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>選択したテンプレートを削除</translation>
    </message>
    <message>
        <source>Replace all templates with the built-in ones</source>
        <translation>すべてのテンプレートを組み込みのものに置き換え</translation>
    </message>
    <message>
        <source>The subject line, used only when the message is sent by email</source>
        <translation>件名。メッセージをメールで送るときだけ使われます</translation>
    </message>
    <message>
        <source>The message text. Placeholders such as {link} are filled in when the message is copied or emailed.</source>
        <translation>メッセージの本文。{link} などのプレースホルダーは、コピーやメール送信の際に埋め込まれます。</translation>
    </message>
    <message>
        <source>Insert a placeholder such as {link} at the cursor</source>
        <translation>{link} などのプレースホルダーをカーソル位置に挿入</translation>
    </message>
    <message>
        <source>Read-only: the message with a sample link filled in</source>
        <translation>読み取り専用: サンプルのリンクを埋め込んだメッセージ</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>プレースホルダーを挿入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>The server&apos;s answer did not say whether the token is valid.</source>
        <translation>サーバーの応答からはトークンが有効かどうかわかりませんでした。</translation>
    </message>
    <message>
        <source>Valid: the token can still be used.</source>
        <translation>有効: このトークンはまだ使用できます。</translation>
    </message>
    <message>
        <source>Valid: the token can still be used to connect %1.</source>
        <translation>有効: このトークンで %1 をまだ接続できます。</translation>
    </message>
    <message>
        <source>Already used: an account was connected with this token. Create a new one.</source>
        <translation>使用済み: このトークンでアカウントが接続されました。新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Expired: the token can no longer be used. Create a new one.</source>
        <translation>期限切れ: このトークンはもう使用できません。新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Not found: the server does not know this token.</source>
        <translation>見つかりません: サーバーはこのトークンを認識していません。</translation>
    </message>
    <message>
        <source>App not found: the token is fine, but no app has this ID or slug.</source>
        <translation>アプリが見つかりません: トークンは正常ですが、この ID またはスラッグのアプリはありません。</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>確認に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>TokenForm</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>proj_abc123</source>
        <translation>proj_abc123</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>P&amp;roduction</source>
        <translation>本番(&amp;R)</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>&amp;Development</source>
        <translation>開発(&amp;D)</translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation>開発環境</translation>
    </message>
    <message>
        <source>Customer link</source>
        <translation>顧客用リンク</translation>
    </message>
    <message>
        <source>&amp;External user ID:</source>
        <translation>外部ユーザー ID(&amp;E):</translation>
    </message>
    <message>
        <source>The customer&apos;s ID in your system</source>
        <translation>あなたのシステムでの顧客の ID</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>外部ユーザー ID</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>アプリ(&amp;A):</translation>
    </message>
    <message>
        <source>E&amp;xpires in:</source>
        <translation>有効期間(&amp;X):</translation>
    </message>
    <message>
        <source>14400</source>
        <translation>14400</translation>
    </message>
    <message>
        <source>Expires in, seconds</source>
        <translation>有効期間 (秒)</translation>
    </message>
    <message>
        <source>Seconds from 1 to 14400 (4 hours). Empty means the server default, 4 hours.</source>
        <translation>1 〜 14400 秒 (4 時間)。空欄の場合はサーバーの既定値 (4 時間) になります。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15分</translation>
    </message>
    <message>
        <source>Expire in 15 minutes</source>
        <translation>15 分で期限切れ</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>Expire in 1 hour</source>
        <translation>1 時間で期限切れ</translation>
    </message>
    <message>
        <source>4 h</source>
        <translation>4時間</translation>
    </message>
    <message>
        <source>Expire in 4 hours</source>
        <translation>4 時間で期限切れ</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>詳細項目を表示</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>許可するオリジン(&amp;O):</translation>
    </message>
    <message>
        <source>https://example.com/connected</source>
        <translation>https://example.com/connected</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>成功時のリダイレクト URI</translation>
    </message>
    <message>
        <source>https://example.com/connect-failed</source>
        <translation>https://example.com/connect-failed</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>エラー時のリダイレクト URI</translation>
    </message>
    <message>
        <source>&amp;Webhook URI:</source>
        <translation>Webhook URI(&amp;W):</translation>
    </message>
    <message>
        <source>https://example.com/pipedream-webhook</source>
        <translation>https://example.com/pipedream-webhook</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>Webhook URI</translation>
    </message>
    <message>
        <source>Customers may grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>顧客はアプリの OAuth スコープの一部だけを許可できます。</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>段階的なスコープを許可</translation>
    </message>
    <message>
        <source>The project the token is created in: a saved profile, the sandbox, or one whose ID you type</source>
        <translation>トークンを作成するプロジェクト: 保存済みのプロファイル、サンドボックス、または ID を入力したプロジェクト</translation>
    </message>
    <message>
        <source>Live links that work for any customer</source>
        <translation>どの顧客にも使える実リンク</translation>
    </message>
    <message>
        <source>Test links: at most 10 external users, and only for people signed in to pipedream.com</source>
        <translation>テスト用リンク: 外部ユーザーは最大 10 人で、pipedream.com にサインインしている人だけが使えます</translation>
    </message>
    <message>
        <source>Set the expiry to 900 seconds (15 minutes)</source>
        <translation>有効期間を 900 秒 (15 分) に設定</translation>
    </message>
    <message>
        <source>Set the expiry to 3600 seconds (1 hour)</source>
        <translation>有効期間を 3600 秒 (1 時間) に設定</translation>
    </message>
    <message>
        <source>Set the expiry to 14400 seconds (4 hours, the longest)</source>
        <translation>有効期間を 14400 秒 (最長の 4 時間) に設定</translation>
    </message>
    <message>
        <source>Allowed origins, redirect URIs, webhook and scopes: most links need none of these</source>
        <translation>許可するオリジン、リダイレクト URI、Webhook、スコープ: ほとんどのリンクでは不要です</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>プロジェクト ID(&amp;J):</translation>
    </message>
    <message>
        <source>Adva&amp;nced: origins, redirects, webhook, scopes</source>
        <translation>詳細設定(&amp;N): オリジン、リダイレクト、Webhook、スコープ</translation>
    </message>
    <message>
        <source>S&amp;uccess redirect:</source>
        <translation>成功時のリダイレクト(&amp;U):</translation>
    </message>
    <message>
        <source>Error redirect:</source>
        <translation>エラー時のリダイレクト:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
</context>
<context>
    <name>TokenFormLogic</name>
    <message>
        <source>Entry %1: %2</source>
        <translation>項目 %1: %2</translation>
    </message>
    <message>
        <source>%1 (entry %2)</source>
        <translation>%1 (項目 %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server default: valid until %1 (%2 from now).</source>
        <translation>サーバーの既定値: %1 まで有効 (あと %2)。</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 from now).</source>
        <translation>%1 まで有効 (あと %2)。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 (entry %2, &quot;%3&quot;)</source>
        <translation>%1 (項目 %2「%3」)</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1 %2 %3</translation>
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
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>外部ユーザー ID</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>許可するオリジン</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>成功時のリダイレクト URI</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>エラー時のリダイレクト URI</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>Webhook URI</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>段階的なスコープを許可</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Enter the project ID (it starts with proj_).</source>
        <translation>プロジェクト ID を入力してください (proj_ で始まります)。</translation>
    </message>
    <message>
        <source>A project ID looks like proj_abc123: &quot;proj_&quot; followed by letters and digits.</source>
        <translation>プロジェクト ID は proj_abc123 のように「proj_」の後に英字と数字が続きます。</translation>
    </message>
    <message>
        <source>The environment must be &quot;development&quot; or &quot;production&quot;.</source>
        <translation>環境は「development」または「production」にしてください。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s external user ID.</source>
        <translation>顧客の外部ユーザー ID を入力してください。</translation>
    </message>
    <message>
        <source>The external user ID is %1 characters long; the limit is %2.</source>
        <translation>外部ユーザー ID が %1 文字あります。上限は %2 文字です。</translation>
    </message>
    <message>
        <source>The external user ID contains a line break, tab or other control character.</source>
        <translation>外部ユーザー ID に改行、タブ、またはその他の制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Expiry must be a whole number of seconds from %1 to %2 (4 hours).</source>
        <translation>有効期間は %1 〜 %2 (4 時間) の整数の秒数にしてください。</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not allowed for a Connect token; the widest scope is connect:*.</source>
        <translation>Connect トークンに「*」は使えません。最も広いスコープは connect:* です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect scope.</source>
        <translation>「%1」は Connect のスコープではありません。</translation>
    </message>
    <message>
        <source>connect:* already includes every other scope: choose it alone or pick narrower scopes.</source>
        <translation>connect:* には他のすべてのスコープが含まれます。単独で選ぶか、より狭いスコープを選んでください。</translation>
    </message>
    <message>
        <source>An app slug has only letters, digits, &quot;_&quot; and &quot;-&quot; (for example google_sheets).</source>
        <translation>アプリのスラッグに使えるのは英字、数字、「_」、「-」だけです (例: google_sheets)。</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth クライアント</translation>
    </message>
    <message>
        <source>The external user ID contains text that is not valid UTF-8; check the encoding of the file or program it came from.</source>
        <translation>外部ユーザー ID に有効な UTF-8 ではないテキストが含まれています。取得元のファイルまたはプログラムのエンコーディングを確認してください。</translation>
    </message>
    <message>
        <source>The external user ID contains an invisible character (U+%1); type the ID again instead of pasting it.</source>
        <translation>外部ユーザー ID に見えない文字 (U+%1) が含まれています。貼り付けずに ID を入力し直してください。</translation>
    </message>
    <message>
        <source>An OAuth client ID looks like oa_abc123: &quot;oa_&quot; followed by letters and digits.</source>
        <translation>OAuth クライアント ID は oa_abc123 のように &quot;oa_&quot; の後に英字と数字が続きます。</translation>
    </message>
    <message>
        <source>Expiry is a number of seconds, without a unit: for %1, type %2 (from %3 to %4).</source>
        <translation>有効期限は単位なしの秒数です: %1 の場合は %2 と入力してください (%3 から %4)。</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>the response is not JSON (%1)</source>
        <translation>応答が JSON ではありません (%1)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing or not of the form ctok_ + 32 hex digits</source>
        <translation>「token」がないか、ctok_ + 16 進数 32 桁の形式ではありません</translation>
    </message>
    <message>
        <source>&quot;expires_at&quot; is missing or not an ISO 8601 date and time</source>
        <translation>「expires_at」がないか、ISO 8601 の日時ではありません</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; is missing or not an absolute URL</source>
        <translation>「connect_link_url」がないか、絶対 URL ではありません</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; points to %1, which is neither Pipedream nor the API server; the link was not used</source>
        <translation>&quot;connect_link_url&quot; の参照先 %1 は Pipedream でも API サーバーでもありません。リンクは使用していません</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ホストなし</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; does not carry the token just created; the link was not used</source>
        <translation>&quot;connect_link_url&quot; に今作成したトークンが含まれていません。リンクは使用していません</translation>
    </message>
</context>
<context>
    <name>UrlRules</name>
    <message>
        <source>The origin is empty.</source>
        <translation>オリジンが空です。</translation>
    </message>
    <message>
        <source>Wildcards are not allowed; list each origin.</source>
        <translation>ワイルドカードは使えません。オリジンを個別に指定してください。</translation>
    </message>
    <message>
        <source>Start the origin with http:// or https://.</source>
        <translation>オリジンは http:// または https:// で始めてください。</translation>
    </message>
    <message>
        <source>Only http:// and https:// origins are allowed.</source>
        <translation>使用できるのは http:// と https:// のオリジンだけです。</translation>
    </message>
    <message>
        <source>An origin cannot contain a user name or password.</source>
        <translation>オリジンにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>An origin cannot contain a query (&quot;?...&quot;).</source>
        <translation>オリジンにクエリ (「?...」) を含めることはできません。</translation>
    </message>
    <message>
        <source>An origin cannot contain a fragment (&quot;#...&quot;).</source>
        <translation>オリジンにフラグメント (「#...」) を含めることはできません。</translation>
    </message>
    <message>
        <source>An origin has no path: use scheme://host[:port] only.</source>
        <translation>オリジンにパスは含めません。scheme://host[:port] の形式だけにしてください。</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>URL が空です。</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces; encode them as %20.</source>
        <translation>URL に空白は使えません。%20 にエンコードしてください。</translation>
    </message>
    <message>
        <source>Use an absolute URL starting with http:// or https://.</source>
        <translation>http:// または https:// で始まる絶対 URL を使ってください。</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>URL にホスト名がありません。</translation>
    </message>
    <message>
        <source>This is not a valid origin: check the host name and port, for example https://app.example.com:8443.</source>
        <translation>有効なオリジンではありません: ホスト名とポートを確認してください (例: https://app.example.com:8443)。</translation>
    </message>
    <message>
        <source>This is not a valid URL: check the host name, port and characters, for example https://app.example.com/done.</source>
        <translation>有効な URL ではありません: ホスト名、ポート、文字を確認してください (例: https://app.example.com/done)。</translation>
    </message>
</context>
</TS>
