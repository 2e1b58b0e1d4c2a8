#include "developer/codeexportview.h"

#include "api/apireply.h"
#include "api/useragent.h"
#include "developer/devtext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

CodeExportView::CodeExportView(TokenSource *tokens, QWidget *parent)
    : QWidget(parent)
    , m_tokens(tokens)
    , m_userAgent(userAgent())
{
    auto *copyCurlButton = new QPushButton(tr("Copy as c&URL"), this);
    copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));
    copyCurlButton->setToolTip(tr("Copy the request as a cURL command for bash"));
    auto *copyTsButton = new QPushButton(tr("Copy as &TypeScript"), this);
    copyTsButton->setObjectName(QStringLiteral("copyTypeScriptButton"));
    copyTsButton->setToolTip(tr("Copy the request as TypeScript for @pipedream/sdk"));
    auto *copyPyButton = new QPushButton(tr("Copy as &Python"), this);
    copyPyButton->setObjectName(QStringLiteral("copyPythonButton"));
    copyPyButton->setToolTip(tr("Copy the request as Python for the pipedream package"));
    connect(copyCurlButton, &QPushButton::clicked, this, &CodeExportView::copyCurl);
    connect(copyTsButton, &QPushButton::clicked, this, &CodeExportView::copyTypeScript);
    connect(copyPyButton, &QPushButton::clicked, this, &CodeExportView::copyPython);

    m_languages = new QButtonGroup(this);
    auto *showLabel = new QLabel(tr("Show:"), this);
    auto *curlRadio = new QRadioButton(tr("cURL"), this);
    curlRadio->setObjectName(QStringLiteral("showCurlRadio"));
    curlRadio->setToolTip(tr("Show the request below as a cURL command"));
    auto *tsRadio = new QRadioButton(tr("TypeScript (@pipedream/sdk)"), this);
    tsRadio->setObjectName(QStringLiteral("showTypeScriptRadio"));
    tsRadio->setToolTip(tr("Show the request below as TypeScript"));
    auto *pyRadio = new QRadioButton(tr("Python (pipedream)"), this);
    pyRadio->setObjectName(QStringLiteral("showPythonRadio"));
    pyRadio->setToolTip(tr("Show the request below as Python"));
    m_languages->addButton(curlRadio, int(Language::Curl));
    m_languages->addButton(tsRadio, int(Language::TypeScript));
    m_languages->addButton(pyRadio, int(Language::Python));
    curlRadio->setChecked(true);
    connect(m_languages, &QButtonGroup::idClicked, this,
            [this](int id) { setLanguage(Language(id)); });

    m_oauthStep = new QCheckBox(tr("Fetch the access token first (oauth/token with "
                                   "$PIPEDREAM_CLIENT_ID and $PIPEDREAM_CLIENT_SECRET)"), this);
    m_oauthStep->setObjectName(QStringLiteral("curlOAuthStepCheck"));
    m_oauthStep->setToolTip(tr("Start the command with the call that fetches an access token"));
    m_realTokenCheck = new QCheckBox(tr("Include my real access token instead of "
                                        "$PIPEDREAM_ACCESS_TOKEN — anyone with the command can "
                                        "act as this OAuth client until it expires"), this);
    m_realTokenCheck->setObjectName(QStringLiteral("curlRealTokenCheck"));
    m_realTokenCheck->setToolTip(tr("Put this session's access token into the command; keep the "
                                    "command private"));
    connect(m_oauthStep, &QCheckBox::toggled, this, &CodeExportView::setIncludeOAuthCall);
    connect(m_realTokenCheck, &QCheckBox::toggled, this, &CodeExportView::setIncludeRealToken);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("codeNoteLabel"));
    m_note->setWordWrap(true);
    m_code = DevText::codeView(QStringLiteral("codeSnippetText"), tr("Code snippet"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyCurlButton);
    buttons->addWidget(copyTsButton);
    buttons->addWidget(copyPyButton);
    buttons->addStretch();
    auto *show = new QHBoxLayout;
    show->addWidget(showLabel);
    show->addWidget(curlRadio);
    show->addWidget(tsRadio);
    show->addWidget(pyRadio);
    show->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(show);
    layout->addWidget(m_oauthStep);
    layout->addWidget(m_realTokenCheck);
    layout->addWidget(m_note);
    layout->addWidget(m_code, 1);
    refresh();
}

void CodeExportView::setRequest(const TokenRequest &request, const QUrl &baseUrl)
{
    m_request = request;
    m_baseUrl = baseUrl;
    refresh();
}

void CodeExportView::setUserAgent(const QByteArray &userAgent)
{
    m_userAgent = userAgent;
    refresh();
}

void CodeExportView::setLanguage(Language language)
{
    m_language = language;
    if (QAbstractButton *button = m_languages->button(int(language)); !button->isChecked())
        button->setChecked(true);
    refresh();
}

void CodeExportView::setIncludeOAuthCall(bool include)
{
    if (m_oauthStep->isChecked() != include)
        m_oauthStep->setChecked(include); // comes back here through toggled()
    m_realTokenCheck->setEnabled(!include);
    refresh();
}

void CodeExportView::setIncludeRealToken(bool include)
{
    if (m_realTokenCheck->isChecked() != include) {
        m_realTokenCheck->setChecked(include);
        return;
    }
    m_realToken.clear();
    const int id = ++m_tokenRequestId;
    if (include && m_tokens) {
        m_tokens->withToken(this, [this, id](const QString &token, const ApiError &error) {
            if (id != m_tokenRequestId || !m_realTokenCheck->isChecked())
                return; // the user changed their mind meanwhile
            if (error.isError() || token.isEmpty()) {
                m_realTokenCheck->setChecked(false);
                emit statusMessage(tr("No access token: %1").arg(error.humanMessage()));
                return;
            }
            m_realToken = token;
            refresh();
        });
    }
    refresh();
}

CodeExport::CurlOptions CodeExportView::curlOptions() const
{
    CodeExport::CurlOptions options;
    options.includeOAuthCall = m_oauthStep->isChecked();
    if (m_realTokenCheck->isChecked() && m_realTokenCheck->isEnabled())
        options.literalAccessToken = m_realToken;
    options.userAgent = m_userAgent;
    return options;
}

QString CodeExportView::snippet() const
{
    return m_code->toPlainText();
}

void CodeExportView::refresh()
{
    QString text;
    QString note;
    switch (m_language) {
    case Language::Curl:
        text = CodeExport::curlCommand(m_request, m_baseUrl, curlOptions());
        if (m_oauthStep->isChecked())
            note = tr("Runs in bash with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.");
        else if (m_realTokenCheck->isChecked())
            note = m_realToken.isEmpty()
                       ? tr("Getting the access token…")
                       : tr("Contains your real access token: share it with nobody.");
        else
            note = tr("Set PIPEDREAM_ACCESS_TOKEN first (POST /v1/oauth/token), or tick the "
                      "option above.");
        break;
    case Language::TypeScript:
        text = CodeExport::typeScriptSnippet(m_request, m_baseUrl);
        note = tr("@pipedream/sdk 3.x; run as an ES module with PIPEDREAM_CLIENT_ID and "
                  "PIPEDREAM_CLIENT_SECRET set.");
        break;
    case Language::Python:
        text = CodeExport::pythonSnippet(m_request, m_baseUrl);
        note = tr("pipedream 2.x (pip install pipedream) with PIPEDREAM_CLIENT_ID and "
                  "PIPEDREAM_CLIENT_SECRET set.");
        break;
    }
    m_oauthStep->setEnabled(m_language == Language::Curl);
    m_realTokenCheck->setEnabled(m_language == Language::Curl && !m_oauthStep->isChecked());
    m_note->setText(note);
    m_code->setPlainText(text);
}

void CodeExportView::copy(Language language)
{
    setLanguage(language);
    QGuiApplication::clipboard()->setText(snippet());
    emit statusMessage(language == Language::Curl ? tr("cURL command copied.")
                       : language == Language::TypeScript ? tr("TypeScript copied.")
                                                          : tr("Python copied."));
    emit copied(language);
}

void CodeExportView::copyCurl()
{
    copy(Language::Curl);
}

void CodeExportView::copyTypeScript()
{
    copy(Language::TypeScript);
}

void CodeExportView::copyPython()
{
    copy(Language::Python);
}

} // namespace ConnectDesk::Ui
