#include "tst_codeexport_data.h"

// Kept out of tst_codeexport.cpp: moc reads "#" at the start of a line inside a raw string
// literal as a preprocessor directive.

namespace CodeExportTestData {

Expected minimal()
{
    return {
        QString::fromUtf8(R"(curl --request POST \
  --url 'https://api.pipedream.com/v1/connect/proj_abc123/tokens' \
  --header "Authorization: Bearer $PIPEDREAM_ACCESS_TOKEN" \
  --header 'x-pd-environment: production' \
  --header 'Content-Type: application/json' \
  --data-raw '{"external_user_id":"jane@example.com"}'
)"),
        QString::fromUtf8(R"(import { PipedreamClient } from "@pipedream/sdk";

const client = new PipedreamClient({
  clientId: process.env.PIPEDREAM_CLIENT_ID,
  clientSecret: process.env.PIPEDREAM_CLIENT_SECRET,
  projectId: "proj_abc123",
  projectEnvironment: "production",
});

const token = await client.tokens.create({
  externalUserId: "jane@example.com",
});

console.log(token.connectLinkUrl);
)"),
        QString::fromUtf8(R"(import os

from pipedream import Pipedream

pd = Pipedream(
    client_id=os.environ["PIPEDREAM_CLIENT_ID"],
    client_secret=os.environ["PIPEDREAM_CLIENT_SECRET"],
    project_id="proj_abc123",
    project_environment="production",
)

token = pd.tokens.create(
    external_user_id="jane@example.com",
)
print(token.connect_link_url)
)"),
    };
}

Expected quotes()
{
    return {
        QString::fromUtf8(R"(curl --request POST \
  --url 'https://api.pipedream.com/v1/connect/proj_abc123/tokens' \
  --header "Authorization: Bearer $PIPEDREAM_ACCESS_TOKEN" \
  --header 'x-pd-environment: development' \
  --header 'Content-Type: application/json' \
  --data-raw '{"external_user_id":"o'\''brien \"$HOME\" `id` & more"}'
)"),
        QString::fromUtf8(R"(import { PipedreamClient } from "@pipedream/sdk";

const client = new PipedreamClient({
  clientId: process.env.PIPEDREAM_CLIENT_ID,
  clientSecret: process.env.PIPEDREAM_CLIENT_SECRET,
  projectId: "proj_abc123",
  projectEnvironment: "development",
});

const token = await client.tokens.create({
  externalUserId: "o'brien \"$HOME\" `id` & more",
});

console.log(token.connectLinkUrl);
)"),
        QString::fromUtf8(R"(import os

from pipedream import Pipedream

pd = Pipedream(
    client_id=os.environ["PIPEDREAM_CLIENT_ID"],
    client_secret=os.environ["PIPEDREAM_CLIENT_SECRET"],
    project_id="proj_abc123",
    project_environment="development",
)

token = pd.tokens.create(
    external_user_id="o'brien \"$HOME\" `id` & more",
)
print(token.connect_link_url)
)"),
    };
}

Expected everyField()
{
    return {
        QString::fromUtf8(R"(curl --request POST \
  --url 'http://127.0.0.1:8123/v1/connect/proj_abc123/tokens' \
  --header "Authorization: Bearer $PIPEDREAM_ACCESS_TOKEN" \
  --header 'x-pd-environment: development' \
  --header 'Content-Type: application/json' \
  --data-raw '{"allow_progressive_scopes":true,"allowed_origins":["https://app.example.com","http://localhost:3000"],"app_id":"slack","error_redirect_uri":"https://app.example.com/error?who=%27%24HOME%27&cmd=%60id%60","expires_in":7200,"external_user_id":"user ü 😀 ユーザー","scope":"connect:accounts:read connect:tokens:create","success_redirect_uri":"https://app.example.com/done?msg=line1%0Aline2&name=O%27Brien","webhook_uri":"https://hooks.example.com/pd?sig=%22x%22%20y"}'
)"),
        QString::fromUtf8(R"(import { PipedreamClient } from "@pipedream/sdk";

const client = new PipedreamClient({
  clientId: process.env.PIPEDREAM_CLIENT_ID,
  clientSecret: process.env.PIPEDREAM_CLIENT_SECRET,
  projectId: "proj_abc123",
  projectEnvironment: "development",
  baseUrl: "http://127.0.0.1:8123",
});

const token = await client.tokens.create({
  externalUserId: "user ü 😀 ユーザー",
  allowedOrigins: ["https://app.example.com", "http://localhost:3000"],
  successRedirectUri: "https://app.example.com/done?msg=line1%0Aline2&name=O%27Brien",
  errorRedirectUri: "https://app.example.com/error?who=%27%24HOME%27&cmd=%60id%60",
  webhookUri: "https://hooks.example.com/pd?sig=%22x%22%20y",
  expiresIn: 7200,
  scope: "connect:accounts:read connect:tokens:create",
  allowProgressiveScopes: true,
  appId: "slack",
});

// The Connect Link with the app preselected.
const link = new URL(token.connectLinkUrl);
link.searchParams.set("app", "slack");
console.log(link.toString());
)"),
        QString::fromUtf8(R"(import os
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipedream import Pipedream

pd = Pipedream(
    client_id=os.environ["PIPEDREAM_CLIENT_ID"],
    client_secret=os.environ["PIPEDREAM_CLIENT_SECRET"],
    project_id="proj_abc123",
    project_environment="development",
    base_url="http://127.0.0.1:8123",
)

token = pd.tokens.create(
    external_user_id="user ü 😀 ユーザー",
    allowed_origins=["https://app.example.com", "http://localhost:3000"],
    success_redirect_uri="https://app.example.com/done?msg=line1%0Aline2&name=O%27Brien",
    error_redirect_uri="https://app.example.com/error?who=%27%24HOME%27&cmd=%60id%60",
    webhook_uri="https://hooks.example.com/pd?sig=%22x%22%20y",
    expires_in=7200,
    scope="connect:accounts:read connect:tokens:create",
    allow_progressive_scopes=True,
    app_id="slack",
)

# The Connect Link with the app preselected.
parts = urlsplit(token.connect_link_url)
query = dict(parse_qsl(parts.query))
query["app"] = "slack"
print(urlunsplit(parts._replace(query=urlencode(query))))
)"),
    };
}

Expected newline()
{
    return {
        QString::fromUtf8(R"(curl --request POST \
  --url '/v1/connect/proj_abc123/tokens' \
  --header "Authorization: Bearer $PIPEDREAM_ACCESS_TOKEN" \
  --header 'x-pd-environment: production' \
  --header 'Content-Type: application/json' \
  --data-raw '{"external_user_id":"two\nlines '\''q'\''"}'
)"),
        QString::fromUtf8(R"(import { PipedreamClient } from "@pipedream/sdk";

const client = new PipedreamClient({
  clientId: process.env.PIPEDREAM_CLIENT_ID,
  clientSecret: process.env.PIPEDREAM_CLIENT_SECRET,
  projectId: "proj_abc123",
  projectEnvironment: "production",
});

const token = await client.tokens.create({
  externalUserId: "two\nlines 'q'",
});

console.log(token.connectLinkUrl);
)"),
        QString::fromUtf8(R"(import os

from pipedream import Pipedream

pd = Pipedream(
    client_id=os.environ["PIPEDREAM_CLIENT_ID"],
    client_secret=os.environ["PIPEDREAM_CLIENT_SECRET"],
    project_id="proj_abc123",
    project_environment="production",
)

token = pd.tokens.create(
    external_user_id="two\nlines 'q'",
)
print(token.connect_link_url)
)"),
    };
}

QByteArray fakePythonSdk()
{
    return QByteArrayLiteral(R"(import json

class _Tokens:
    def __init__(self, client):
        self._client = client
    def create(self, **kwargs):
        print(json.dumps({"client": self._client, "create": kwargs}))
        class Result:
            connect_link_url = "https://pipedream.com/_static/connect.html?token=ctok_x&connectLink=true&app=old"
        return Result()

class Pipedream:
    def __init__(self, **kwargs):
        self.tokens = _Tokens(kwargs)
)");
}

QByteArray fakeNodeSdk()
{
    return QByteArrayLiteral(R"(export class PipedreamClient {
  constructor(options) {
    this.tokens = {
      create: async (request) => {
        console.log(JSON.stringify({ client: options, create: request }));
        return { connectLinkUrl: "https://pipedream.com/_static/connect.html?token=ctok_x&connectLink=true&app=old" };
      },
    };
  }
}
)");
}

} // namespace CodeExportTestData
