// The official @pipedream/sdk against `connectdesk sandbox` (started by run-against-sandbox.mjs,
// which passes the sandbox's printed PIPEDREAM_* exports as the environment).
//
// The SDK parses answers leniently (a missing required field is silently absent), so every
// test asserts the shapes the SDK's types promise: required fields present with the right
// types, dates as Date, and no snake_case key left over (a field the SDK does not know).
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";

import { PipedreamClient, PipedreamError, TooManyRequestsError } from "@pipedream/sdk";

const env = process.env;
const baseUrl = env.PIPEDREAM_BASE_URL;
const quick = { maxRetries: 0, timeoutInSeconds: 10 };

// Client construction exactly as a developer would do it from the exports.
const client = new PipedreamClient();

function noUnknownKeys(object, where) {
    const leftovers = Object.keys(object).filter((key) => key.includes("_"));
    assert.deepEqual(leftovers, [], `${where}: keys the SDK does not know: ${leftovers}`);
}

function assertApp(app, where = "app") {
    assert.equal(typeof app, "object", where);
    noUnknownKeys(app, where);
    if (app.id !== undefined) assert.match(app.id, /^app_/, `${where}.id`);
    assert.equal(typeof app.nameSlug, "string", `${where}.nameSlug`);
    assert.equal(typeof app.name, "string", `${where}.name`);
    assert.equal(typeof app.imgSrc, "string", `${where}.imgSrc`);
    assert.ok(Array.isArray(app.categories), `${where}.categories`);
    assert.equal(typeof app.featuredWeight, "number", `${where}.featuredWeight`);
    assert.ok(Array.isArray(app.scopeProfiles), `${where}.scopeProfiles`);
    for (const profile of app.scopeProfiles) {
        assert.ok(["read_only", "read_write", "admin"].includes(profile.name), profile.name);
        assert.ok(Array.isArray(profile.scopes));
    }
    if (app.authType !== undefined) assert.ok(["keys", "oauth", "none"].includes(app.authType));
    if (app.customFieldsJson !== undefined) JSON.parse(app.customFieldsJson);
}

function assertAccount(account, where = "account") {
    noUnknownKeys(account, where);
    assert.match(account.id, /^apn_/, `${where}.id`);
    assert.ok(account.createdAt instanceof Date, `${where}.createdAt`);
    assert.ok(account.updatedAt instanceof Date, `${where}.updatedAt`);
    assert.equal(typeof account.externalId, "string");
    assert.equal(typeof account.healthy, "boolean");
    assert.equal(typeof account.dead, "boolean");
    assertApp(account.app, `${where}.app`);
    // Health: an error text exactly when the account is not healthy (null parses to undefined).
    if (account.healthy) assert.equal(account.error, undefined, `${where}.error`);
    else assert.equal(typeof account.error, "string", `${where}.error`);
    assert.ok(Array.isArray(account.authorizedScopes), `${where}.authorizedScopes`);
    account.authorizedScopes.forEach((scope) => assert.equal(typeof scope, "string"));
    assert.ok(account.lastRefreshedAt instanceof Date, `${where}.lastRefreshedAt`);
    for (const key of ["expiresAt", "nextRefreshAt"]) {
        if (account[key] !== undefined)
            assert.ok(account[key] instanceof Date && !isNaN(account[key]), `${where}.${key}`);
    }
}

function assertPageInfo(page) {
    const info = page.response.pageInfo;
    assert.ok(info, "pageInfo");
    noUnknownKeys(info, "pageInfo");
    assert.equal(typeof info.count, "number");
    assert.equal(typeof info.totalCount, "number");
}

function assertToken(created) {
    assert.deepEqual(Object.keys(created).sort(), ["connectLinkUrl", "expiresAt", "token"]);
    assert.match(created.token, /^ctok_[0-9a-f]{32}$/);
    assert.ok(created.expiresAt instanceof Date && !isNaN(created.expiresAt));
    assert.ok(created.expiresAt > new Date());
    assert.ok(new URL(created.connectLinkUrl).searchParams.get("token") === created.token);
}

async function sandbox(path, body, method = "POST") {
    const response = await fetch(new URL(path, baseUrl), {
        method, headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
    return response.status === 204 ? null : response.json();
}

async function fault(spec) {
    await sandbox("/_sandbox/faults", spec);
}

// A customer connecting an account through the link (the sandbox's stand-in for the page).
async function connect(externalUserId, app, tokenOptions = {}) {
    const { token } = await client.tokens.create({ externalUserId, ...tokenOptions }, quick);
    const { account } = await sandbox("/_sandbox/open", { token, app });
    return account.id;
}

async function expectError(call, status, type = PipedreamError) {
    const error = await call().then(() => null, (e) => e);
    assert.ok(error instanceof type, `expected ${type.name}, got ${error}`);
    assert.equal(error.statusCode, status, String(error));
    assert.equal(typeof error.body?.error, "string", "the error body names the problem");
    return error;
}

describe("client construction", () => {
    test("the printed exports are everything the SDK needs", async () => {
        for (const name of ["PIPEDREAM_BASE_URL", "PIPEDREAM_CLIENT_ID", "PIPEDREAM_CLIENT_SECRET",
                            "PIPEDREAM_PROJECT_ID", "PIPEDREAM_PROJECT_ENVIRONMENT"])
            assert.ok(env[name], name);
        assert.match(await client.rawAccessToken, /\S/);
    });
});

describe("tokens", () => {
    test("minimal", async () => {
        assertToken(await client.tokens.create({ externalUserId: "conf-minimal" }, quick));
    });

    test("every field", async () => {
        const created = await client.tokens.create({
            externalUserId: "conf-every",
            allowedOrigins: ["http://localhost:3000", "https://example.com"],
            successRedirectUri: "https://example.com/ok",
            errorRedirectUri: "https://example.com/error",
            webhookUri: "https://example.com/hook",
            expiresIn: 600,
            scope: "connect:accounts:read connect:users:read",
            allowProgressiveScopes: true,
            appId: "slack",
            oauthAppId: "oa_sbxSlack1",
        }, quick);
        assertToken(created);
        const seconds = (created.expiresAt - Date.now()) / 1000;
        assert.ok(seconds > 590 && seconds <= 601, `expires in ${seconds} s`);
    });

    test("app_id pins the app, by slug or by id", async () => {
        const { data: slack } = await client.apps.retrieve("slack", quick);
        for (const appId of ["slack", slack.id]) {
            const { token } = await client.tokens.create({ externalUserId: "conf-app", appId }, quick);
            const check = await client.tokens.validate(token, {}, quick);
            assert.equal(check.success, true);
            assert.equal(check.app.nameSlug, "slack");
        }
        await expectError(() => client.tokens.create({ externalUserId: "x", appId: "no_such" }, quick),
                          400);
    });

    test("oauth_app_id selects the project's OAuth client", async () => {
        const { token } = await client.tokens.create(
            { externalUserId: "conf-client", oauthAppId: "oa_sbxSlack2" }, quick);
        const check = await client.tokens.validate(token, {}, quick);
        assert.equal(check.oauthAppId, "oa_sbxSlack2");
        await expectError(() => client.tokens.create(
            { externalUserId: "x", oauthAppId: "oa_unknown" }, quick), 400);
        await expectError(() => client.tokens.create(
            { externalUserId: "x", appId: "gmail", oauthAppId: "oa_sbxSlack1" }, quick), 400);
    });
});

describe("validate", () => {
    const keys = ["app", "appOverrideId", "appOverrideFieldNames", "error", "errorRedirectUri",
                  "oauthAppId", "oauthAppWorkdayOfficial", "oauthAppConnectBaseUrl",
                  "projectAppName", "projectEnvironment", "projectId", "projectSupportEmail",
                  "success", "successRedirectUri"];
    const shaped = (check) => {
        for (const key of Object.keys(check)) assert.ok(keys.includes(key), `unknown key ${key}`);
        assert.equal(typeof check.success, "boolean");
    };

    test("valid, then used; unknown", async () => {
        const { token } = await client.tokens.create(
            { externalUserId: "conf-validate", successRedirectUri: "https://example.com/ok" }, quick);
        const check = await client.tokens.validate(token, { appId: "notion" }, quick);
        shaped(check);
        assert.equal(check.success, true);
        assert.equal(check.projectId, env.PIPEDREAM_PROJECT_ID);
        assert.equal(check.projectEnvironment, env.PIPEDREAM_PROJECT_ENVIRONMENT);
        assert.equal(check.successRedirectUri, "https://example.com/ok");
        assertApp(check.app);

        await sandbox("/_sandbox/open", { token, app: "notion" });
        const used = await client.tokens.validate(token, {}, quick);
        shaped(used);
        assert.deepEqual([used.success, used.error], [false, "token already used"]);

        const unknown = await client.tokens.validate("ctok_" + "0".repeat(32), {}, quick);
        shaped(unknown);
        assert.deepEqual([unknown.success, unknown.error], [false, "token not found"]);
    });
});

describe("accounts", () => {
    let first;
    before(async () => {
        first = await connect("conf-acc-1", "slack");
        await connect("conf-acc-1", "gmail");
        await connect("conf-acc-2", "slack");
        await connect("conf-acc-2", "github", { oauthAppId: undefined });
    });

    test("list pages through every account", async () => {
        const page = await client.accounts.list({ limit: 1 }, quick);
        assertPageInfo(page);
        assert.equal(page.data.length, 1);
        const ids = [];
        for await (const account of page) {
            assertAccount(account);
            assert.equal(account.credentials, undefined);
            ids.push(account.id);
        }
        assert.ok(ids.length >= 4);
        assert.equal(new Set(ids).size, ids.length, "no account twice");
    });

    test("list filters and include_credentials", async () => {
        const page = await client.accounts.list(
            { externalUserId: "conf-acc-1", app: "slack", includeCredentials: true }, quick);
        assert.equal(page.data.length, 1);
        assertAccount(page.data[0]);
        assert.equal(typeof page.data[0].credentials.oauthAccessToken, "string");
    });

    test("retrieve", async () => {
        const account = await client.accounts.retrieve(first, {}, quick);
        assertAccount(account);
        assert.equal(account.id, first);
        assert.equal(account.credentials, undefined);
        const withCredentials = await client.accounts.retrieve(first, { includeCredentials: true },
                                                               quick);
        assert.equal(typeof withCredentials.credentials.oauthAccessToken, "string");
        await expectError(() => client.accounts.retrieve("apn_missing", {}, quick), 404);
    });

    test("list by external user", async () => {
        const accounts = await client.accounts.listByExternalUser("conf-acc-1", {}, quick);
        assert.ok(Array.isArray(accounts));
        assert.equal(accounts.length, 2);
        accounts.forEach((a) => assertAccount(a));
        const gmail = await client.accounts.listByExternalUser("conf-acc-1", { app: "gmail" }, quick);
        assert.deepEqual(gmail.map((a) => a.app.nameSlug), ["gmail"]);
    });

    test("delete one, then delete by app", async () => {
        await client.accounts.delete(first, quick);
        await expectError(() => client.accounts.retrieve(first, {}, quick), 404);
        await client.accounts.deleteByApp("slack", quick);
        const left = await client.accounts.list({ app: "slack" }, quick);
        assert.equal(left.data.length, 0);
        // The sandbox's demo customers have accounts too; count this suite's own.
        const gmail = await client.accounts.list({ app: "gmail", externalUserId: "conf-acc-1" },
                                                 quick);
        assert.equal(gmail.data.length, 1);
    });
});

describe("account health", () => {
    test("the seeded demo customers show every state through the SDK", async () => {
        const states = new Set();
        for await (const account of await client.accounts.list({ limit: 3 }, quick)) {
            assertAccount(account);
            states.add(account.dead ? "dead" : account.healthy ? "healthy" : "unhealthy");
        }
        assert.deepEqual([...states].sort(), ["dead", "healthy", "unhealthy"]);
        const [jane] = (await client.users.list({ q: "acme-jane" }, quick)).data;
        assert.equal(jane.externalId, "acme-jane.doe");
    });

    test("breaking and healing an account", async () => {
        const id = await connect("conf-health", "google_sheets");
        const fresh = await client.accounts.retrieve(id, {}, quick);
        assertAccount(fresh);
        assert.equal(fresh.healthy, true);
        assert.ok(fresh.expiresAt > fresh.lastRefreshedAt);
        assert.ok(fresh.nextRefreshAt < fresh.expiresAt);
        assert.ok(fresh.authorizedScopes.length > 0);

        const error = "invalid_grant: Token has been expired or revoked.";
        await sandbox(`/_sandbox/accounts/${id}/health`, { state: "unhealthy", error });
        const broken = await client.accounts.retrieve(id, {}, quick);
        assertAccount(broken);
        assert.deepEqual([broken.healthy, broken.dead, broken.error], [false, false, error]);

        await sandbox(`/_sandbox/accounts/${id}/health`, { state: "dead" });
        const [dead] = await client.accounts.listByExternalUser("conf-health", {}, quick);
        assertAccount(dead);
        assert.deepEqual([dead.healthy, dead.dead], [false, true]);
        assert.equal(dead.nextRefreshAt, undefined);

        await sandbox(`/_sandbox/accounts/${id}/health`, { state: "healthy" });
        const healed = await client.accounts.retrieve(id, {}, quick);
        assertAccount(healed);
        assert.deepEqual([healed.healthy, healed.dead, healed.error], [true, false, undefined]);
    });

    test("a user ID with slashes, spaces and non-Latin letters, and a cascading delete",
         async () => {
        const externalUserId = "hooli/ops team#1 ü 株式会社";
        await connect(externalUserId, "slack");
        const accounts = await client.accounts.listByExternalUser(externalUserId, {}, quick);
        assert.deepEqual(accounts.map((a) => a.externalId), [externalUserId]);
        await client.users.deleteExternalUser(externalUserId, quick);
        assert.equal((await client.accounts.list({ externalUserId }, quick)).data.length, 0);
        await expectError(() => client.users.deleteExternalUser(externalUserId, quick), 404);
    });

    test("account management answers carry the rate-limit headers", async () => {
        const page = await client.users.list({ limit: 1 }, quick);
        assert.equal(page.rawResponse.headers.get("x-ratelimit-limit"), "2000");
        assert.match(page.rawResponse.headers.get("x-ratelimit-remaining"), /^\d+$/);
        const { rawResponse } = await client.accounts.listByExternalUser("acme-jane.doe", {}, quick)
            .withRawResponse();
        assert.equal(rawResponse.headers.get("x-ratelimit-limit"), "2000");
    });
});

describe("users", () => {
    before(async () => {
        for (const id of ["conf-user-alpha", "conf-user-beta", "conf-user-alps"])
            await client.tokens.create({ externalUserId: id }, quick);
    });

    test("list and search", async () => {
        const page = await client.users.list({ limit: 2 }, quick);
        assertPageInfo(page);
        const all = [];
        for await (const user of page) {
            noUnknownKeys(user, "user");
            assert.match(user.id, /^exu_/);
            assert.equal(typeof user.externalId, "string");
            assert.ok(user.createdAt instanceof Date);
            all.push(user.externalId);
        }
        assert.ok(all.includes("conf-user-beta"));
        const found = await client.users.list({ q: "conf-user-al" }, quick);
        assert.deepEqual(found.data.map((u) => u.externalId).sort(),
                         ["conf-user-alpha", "conf-user-alps"]);
    });

    test("delete", async () => {
        await client.users.deleteExternalUser("conf-user-beta", quick);
        const found = await client.users.list({ q: "conf-user-beta" }, quick);
        assert.equal(found.data.length, 0);
        await expectError(() => client.users.deleteExternalUser("conf-user-beta", quick), 404);
    });
});

describe("apps", () => {
    test("list, with every required field", async () => {
        const page = await client.apps.list({ limit: 100 }, quick);
        assertPageInfo(page);
        assert.ok(page.data.length > 50);
        page.data.forEach((app, i) => assertApp(app, `apps[${i}]`));
        const slack = page.data.find((a) => a.nameSlug === "slack");
        assert.ok(slack.scopeProfiles.length > 0);
    });

    test("search, sorting and filters", async () => {
        const found = await client.apps.list({ q: "google" }, quick);
        assert.ok(found.data.every((a) => /google/i.test(a.nameSlug + a.name)));

        const bySlug = await client.apps.list({ sortKey: "name_slug", sortDirection: "desc",
                                                limit: 100 }, quick);
        const slugs = bySlug.data.map((a) => a.nameSlug);
        assert.deepEqual(slugs, [...slugs].sort().reverse());

        const featured = await client.apps.list({ sortKey: "featured_weight", limit: 100 }, quick);
        const weights = featured.data.map((a) => a.featuredWeight);
        assert.deepEqual(weights, [...weights].sort((a, b) => b - a));

        const categories = await client.appCategories.list(quick);
        assert.ok(Array.isArray(categories));
        const crm = categories.find((c) => c.name === "CRM");
        assert.ok(crm?.id);
        const inCrm = await client.apps.list({ categoryIds: [crm.id], limit: 100 }, quick);
        assert.ok(inCrm.data.length > 0);
        assert.ok(inCrm.data.every((a) => a.categories.includes("CRM")));

        const total = (await client.apps.list({ limit: 100 }, quick)).data.length;
        for (const flag of ["hasActions", "hasTriggers", "hasComponents"]) {
            const yes = (await client.apps.list({ [flag]: true, limit: 100 }, quick)).data.length;
            const no = (await client.apps.list({ [flag]: false, limit: 100 }, quick)).data.length;
            assert.equal(yes + no, total, flag);
            assert.ok(yes > 0, flag);
        }
    });

    test("retrieve", async () => {
        const { data } = await client.apps.retrieve("google_sheets", quick);
        assertApp(data);
        assert.equal(data.nameSlug, "google_sheets");
        assert.equal(data.authType, "oauth");
        const none = (await client.apps.retrieve("http", quick)).data;
        assert.equal(none.authType, "none");
        await expectError(() => client.apps.retrieve("no_such_app", quick), 404);
    });
});

describe("projects", () => {
    test("info and list", async () => {
        const info = await client.projects.retrieveInfo(quick);
        assert.ok(Array.isArray(info.apps));
        for (const app of info.apps) {
            noUnknownKeys(app, "projects.info app");
            assert.match(app.id, /^app_/);
            assert.equal(typeof app.nameSlug, "string");
        }
        assert.ok(info.apps.some((a) => a.nameSlug === "google_sheets"));
        const page = await client.projects.list({}, quick);
        assertPageInfo(page);
        const mine = page.data.find((p) => p.id === env.PIPEDREAM_PROJECT_ID);
        assert.equal(typeof mine?.name, "string");
        page.data.forEach((p) => noUnknownKeys(p, "project"));
    });
});

describe("OAuth clients", () => {
    test("list, filter by app, retrieve", async () => {
        const page = await client.oauthApps.list({}, quick);
        assertPageInfo(page);
        assert.ok(page.data.length >= 1);
        for (const oauthApp of page.data) {
            noUnknownKeys(oauthApp, "oauthApp");
            assert.equal(typeof oauthApp.clientId, "string");
            assert.equal(typeof oauthApp.ownerId, "string");
            assert.equal(typeof oauthApp.nameSlug, "string");
            assert.equal(typeof oauthApp.name, "string");
            assert.equal(typeof oauthApp.imgSrc, "string");
            assert.ok(Array.isArray(oauthApp.categories));
            assert.equal(typeof oauthApp.featuredWeight, "number");
            assert.ok(Array.isArray(oauthApp.scopeProfiles));
            assert.ok(oauthApp.createdAt instanceof Date);
        }
        const slack = await client.oauthApps.list({ app: "slack" }, quick);
        assert.ok(slack.data.length >= 1);
        assert.ok(slack.data.every((o) => o.nameSlug === "slack"));
        const one = await client.oauthApps.retrieve(slack.data[0].id, quick);
        assert.equal(one.id, slack.data[0].id);
    });
});

describe("errors", () => {
    test("401: wrong client secret", async () => {
        const wrong = new PipedreamClient({ clientSecret: "not-the-secret" });
        const error = await expectError(() => wrong.apps.list({}, quick), 401);
        assert.equal(error.body.error, "invalid_client");
    });

    test("400: a field the API refuses", async () => {
        const error = await expectError(() => client.tokens.create(
            { externalUserId: "x", allowedOrigins: ["https://example.com/path"] }, quick), 400);
        assert.match(error.body.error, /allowed_origins/);
    });

    test("429 with Retry-After: the SDK waits and succeeds; without retries it throws", async () => {
        await fault({ kind: "rate_limited", path_contains: "/tokens", count: 1, retry_after: 1 });
        const error = await expectError(
            () => client.tokens.create({ externalUserId: "conf-429" }, quick), 429,
            TooManyRequestsError);
        assert.equal(error.rawResponse.headers.get("retry-after"), "1");

        await fault({ kind: "rate_limited", path_contains: "/tokens", count: 1, retry_after: 1 });
        const started = Date.now();
        assertToken(await client.tokens.create({ externalUserId: "conf-429" },
                                               { maxRetries: 1, timeoutInSeconds: 10 }));
        assert.ok(Date.now() - started >= 900, "waited for Retry-After");
    });

    test("5xx: retried by the SDK, thrown without retries", async () => {
        await fault({ kind: "server_error", path_contains: "/v1/connect/apps", count: 1,
                      status: 503 });
        await expectError(() => client.apps.list({}, quick), 503);
        await fault({ kind: "server_error", path_contains: "/v1/connect/apps", count: 1 });
        const page = await client.apps.list({ limit: 1 }, { maxRetries: 1, timeoutInSeconds: 10 });
        assert.equal(page.data.length, 1);
    });

    test("calls the sandbox does not simulate answer 501, not a made-up API answer", async () => {
        const error = await expectError(() => client.appOverrides.list({}, quick), 501);
        assert.match(error.body.error,
                     /^not simulated by the ConnectDesk sandbox: GET \/v1\/connect\/proj_\w+\/app_overrides/);
    });
});
