#pragma once

#include <QByteArray>
#include <QString>

// Expected snippets and fake SDK modules for tst_codeexport.
namespace CodeExportTestData {

struct Expected
{
    QString curl;
    QString typeScript;
    QString python;
};

Expected minimal();    // jane@example.com, production, default server
Expected quotes();     // o'brien "$HOME" `id` & more, development
Expected everyField(); // every field, Unicode, an encoded newline, http://127.0.0.1:8123
Expected newline();    // a raw newline and quotes in the user ID, no base URL

// Stand-ins for the SDKs that print their arguments as JSON.
QByteArray fakePythonSdk(); // pipedream/__init__.py
QByteArray fakeNodeSdk();   // node_modules/@pipedream/sdk/index.js

} // namespace CodeExportTestData
