#include "form/tokenform.h"
#include "ui_tokenform.h"

#include "api/connectclient.h"
#include "api/urlrules.h"
#include "base/clock.h"
#include "form/apppicker.h"
#include "form/appreadiness.h"
#include "form/oauthclientpicker.h"
#include "form/originseditor.h"
#include "form/scopepicker.h"
#include "form/tokenformlogic.h"
#include "widgets/tabchain.h"

namespace ConnectDesk::Ui {

namespace {

void addToHost(QWidget *host, QWidget *child)
{
    host->layout()->addWidget(child);
    host->setFocusProxy(child);
}

} // namespace

TokenForm::TokenForm(ProjectSource *projects, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::TokenForm>())
    , m_projects(projects)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_origins = new OriginsEditor(m_ui->originsEditorHost);
    m_scopes = new ScopePicker(m_ui->scopePickerHost);
    m_app = new AppPicker(m_ui->appPickerHost);
    // Keep stable names for tests and accessibility even if the widgets set none.
    if (m_origins->objectName().isEmpty())
        m_origins->setObjectName(QStringLiteral("originsEditor"));
    if (m_scopes->objectName().isEmpty())
        m_scopes->setObjectName(QStringLiteral("scopePicker"));
    if (m_app->objectName().isEmpty())
        m_app->setObjectName(QStringLiteral("appPicker"));
    addToHost(m_ui->originsEditorHost, m_origins);
    addToHost(m_ui->scopePickerHost, m_scopes);
    addToHost(m_ui->appPickerHost, m_app);
    // Under the picker: whether the app can be connected at all, then which OAuth client.
    m_appReadiness = new AppReadiness(this);
    m_appReadiness->setObjectName(QStringLiteral("appReadiness"));
    m_oauthClient = new OAuthClientPicker(this);
    m_oauthClient->setObjectName(QStringLiteral("oauthClientPicker"));
    m_ui->appColumn->insertWidget(1, m_appReadiness);
    m_ui->appColumn->insertWidget(2, m_oauthClient);

    m_ui->projectIdError->setBuddy(m_ui->projectIdEdit);
    m_ui->externalUserIdError->setBuddy(m_ui->externalUserIdEdit);
    m_ui->successRedirectError->setBuddy(m_ui->successRedirectEdit);
    m_ui->errorRedirectError->setBuddy(m_ui->errorRedirectEdit);
    m_ui->webhookError->setBuddy(m_ui->webhookEdit);
    m_ui->expiresInError->setBuddy(m_ui->expiresInEdit);
    m_ui->scopeError->setBuddy(m_scopes);
    m_ui->appError->setBuddy(m_app);
    m_ui->originsError->setBuddy(m_origins);
    m_ui->externalUserIdEdit->setMaxLength(4 * TokenRequest::maxExternalUserIdLength);

    const QList<int> quick = TokenFormLogic::quickExpiries();
    const std::pair<QToolButton *, int> quickButtons[] = {
        {m_ui->expiry15mButton, quick.at(0)},
        {m_ui->expiry1hButton, quick.at(1)},
        {m_ui->expiry4hButton, quick.at(2)},
    };
    for (const auto &[button, seconds] : quickButtons) {
        const int value = seconds;
        connect(button, &QToolButton::clicked, this, [this, value] {
            m_ui->expiresInEdit->setText(QString::number(value));
            touch(TokenField::ExpiresIn);
            onEdited();
        });
    }

    const std::pair<QLineEdit *, TokenField> edits[] = {
        {m_ui->projectIdEdit, TokenField::ProjectId},
        {m_ui->externalUserIdEdit, TokenField::ExternalUserId},
        {m_ui->successRedirectEdit, TokenField::SuccessRedirectUri},
        {m_ui->errorRedirectEdit, TokenField::ErrorRedirectUri},
        {m_ui->webhookEdit, TokenField::WebhookUri},
        {m_ui->expiresInEdit, TokenField::ExpiresIn},
    };
    for (const auto &[edit, field] : edits) {
        const TokenField f = field;
        connect(edit, &QLineEdit::textEdited, this, [this, f] {
            touch(f);
            onEdited();
        });
        connect(edit, &QLineEdit::textChanged, this, &TokenForm::onEdited);
        connect(edit, &QLineEdit::editingFinished, this, [this, f] {
            touch(f);
            updateMessages();
        });
    }
    connect(m_ui->projectIdEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_typedProjectId = text; });
    connect(m_origins, &OriginsEditor::changed, this, [this] {
        touch(TokenField::AllowedOrigins);
        onEdited();
    });
    connect(m_scopes, &ScopePicker::changed, this, [this] {
        touch(TokenField::Scope);
        onEdited();
    });
    connect(m_app, &AppPicker::changed, this, [this] {
        touch(TokenField::App);
        onEdited();
    });
    connect(m_appReadiness, &AppReadiness::changed, this, &TokenForm::changed);
    connect(m_oauthClient, &OAuthClientPicker::changed, this, [this] {
        touch(TokenField::OAuthAppId);
        onEdited();
    });
    connect(m_app, &AppPicker::checked, this, [this] {
        emit changed(); // an unknown app blocks Generate, a known one no longer does
        emit appChecked();
    });
    connect(m_ui->progressiveScopesCheck, &QCheckBox::toggled, this, &TokenForm::onEdited);
    connect(m_ui->productionRadio, &QRadioButton::toggled, this, [this] {
        updateEnvironmentBand();
        onEdited();
    });
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, &TokenForm::setAdvancedVisible);
    connect(m_ui->projectCombo, &QComboBox::currentIndexChanged, this,
            &TokenForm::onProjectIndexChanged);
    connect(m_projects, &ProjectSource::choicesChanged, this, &TokenForm::reloadProjects);

    // The preview names a time of day, so it follows the clock.
    m_previewTimer.setInterval(15000);
    connect(&m_previewTimer, &QTimer::timeout, this, &TokenForm::refreshExpiryPreview);
    m_previewTimer.start();

    setAdvancedVisible(false);
    setupTabOrder();
    reloadProjects();
    setFocusProxy(m_ui->externalUserIdEdit);
}

TokenForm::~TokenForm()
{
    // Child widgets signal while they are torn down (focus-out emits editingFinished).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void TokenForm::setClient(ConnectClient *client)
{
    m_app->setClient(client);
    m_appReadiness->setClient(client);
    m_oauthClient->setClient(client);
}

QList<QWidget *> TokenForm::tabOrder() const
{
    return {
        m_ui->projectCombo, m_ui->projectIdEdit, m_ui->productionRadio, m_ui->developmentRadio,
        m_ui->externalUserIdEdit, m_app, m_oauthClient, m_ui->expiresInEdit, m_ui->expiry15mButton,
        m_ui->expiry1hButton, m_ui->expiry4hButton, m_ui->advancedToggle, m_origins,
        m_ui->successRedirectEdit, m_ui->errorRedirectEdit, m_ui->webhookEdit, m_scopes,
        m_ui->progressiveScopesCheck,
    };
}

void TokenForm::setupTabOrder()
{
    for (QToolButton *button : {m_ui->expiry15mButton, m_ui->expiry1hButton, m_ui->expiry4hButton,
                                m_ui->advancedToggle})
        button->setFocusPolicy(Qt::StrongFocus);
    TabChain::chain(tabOrder());
}

void TokenForm::reloadProjects()
{
    const QString previous = currentProject().key;
    m_choices = m_projects->choices();
    {
        const QSignalBlocker blocker(m_ui->projectCombo);
        m_ui->projectCombo->clear();
        for (const ProjectChoice &choice : std::as_const(m_choices))
            m_ui->projectCombo->addItem(choice.name, choice.key);
    }
    const QString wanted = previous.isEmpty() ? m_projects->preferredKey() : previous;
    const int index = std::max(0, m_ui->projectCombo->findData(wanted));
    m_ui->projectCombo->setCurrentIndex(index);
    onProjectIndexChanged(index);
}

void TokenForm::onProjectIndexChanged(int index)
{
    if (index < 0 || index >= m_choices.size())
        return;
    const ProjectChoice &choice = m_choices.at(index);
    m_ui->projectIdEdit->setReadOnly(!choice.projectIdEditable);
    m_ui->projectIdEdit->setText(choice.projectIdEditable ? m_typedProjectId : choice.projectId);
    m_ui->projectIdEdit->setToolTip(choice.projectIdEditable
                                        ? tr("Type the project ID; it starts with proj_.")
                                        : tr("Set by the \"%1\" project.").arg(choice.name));
    m_ui->projectIdEdit->setClearButtonEnabled(choice.projectIdEditable);
    setEnvironment(choice.defaultEnvironment);
    emit projectChanged(choice);
    onEdited();
}

void TokenForm::setEnvironment(const QString &environment)
{
    if (environment == QLatin1String("development"))
        m_ui->developmentRadio->setChecked(true);
    else
        m_ui->productionRadio->setChecked(true);
    updateEnvironmentBand();
}

void TokenForm::updateEnvironmentBand()
{
    const ProjectChoice project = currentProject();
    const QString environment = request().environment;
    // Never "live customer links" for a project that cannot make any.
    if (!project.isSandbox && !project.hasCredentials())
        m_ui->environmentBand->setContent(BandContent::forUnconfigured(environment));
    else
        m_ui->environmentBand->setEnvironment(environment, project.isSandbox);
}

ProjectChoice TokenForm::currentProject() const
{
    const int index = m_ui->projectCombo->currentIndex();
    return index >= 0 && index < m_choices.size() ? m_choices.at(index) : ProjectChoice();
}

bool TokenForm::selectProject(const QString &key)
{
    const int index = m_ui->projectCombo->findData(key);
    if (index < 0)
        return false;
    m_ui->projectCombo->setCurrentIndex(index);
    return true;
}

TokenRequest TokenForm::request() const
{
    TokenRequest request;
    request.projectId = TokenFormLogic::effectiveProjectId(currentProject(),
                                                           m_ui->projectIdEdit->text());
    request.environment = m_ui->developmentRadio->isChecked() ? QStringLiteral("development")
                                                              : QStringLiteral("production");
    request.externalUserId = m_ui->externalUserIdEdit->text();
    request.allowedOrigins = m_origins->origins();
    request.successRedirectUri = m_ui->successRedirectEdit->text();
    request.errorRedirectUri = m_ui->errorRedirectEdit->text();
    request.webhookUri = m_ui->webhookEdit->text();
    request.expiresIn = m_ui->expiresInEdit->text();
    request.scopes = m_scopes->scopes();
    request.allowProgressiveScopes = m_ui->progressiveScopesCheck->isChecked();
    request.appSlug = m_app->appSlug();
    request.oauthAppId = m_oauthClient->oauthAppId();
    return request;
}

void TokenForm::setRequest(const TokenRequest &request)
{
    if (currentProject().projectIdEditable) {
        m_typedProjectId = request.projectId;
        m_ui->projectIdEdit->setText(request.projectId);
    }
    setEnvironment(request.environment);
    m_ui->externalUserIdEdit->setText(request.externalUserId);
    m_origins->setOrigins(request.allowedOrigins);
    m_ui->successRedirectEdit->setText(request.successRedirectUri);
    m_ui->errorRedirectEdit->setText(request.errorRedirectUri);
    m_ui->webhookEdit->setText(request.webhookUri);
    m_ui->expiresInEdit->setText(request.expiresIn);
    m_scopes->setScopes(request.scopes);
    m_ui->progressiveScopesCheck->setChecked(request.allowProgressiveScopes);
    m_app->setAppSlug(request.appSlug);
    updateAppDetails();
    m_oauthClient->setOAuthAppId(request.oauthAppId);
    const bool advanced = !request.normalizedOrigins().isEmpty()
                          || !request.successRedirectUri.isEmpty() || !request.errorRedirectUri.isEmpty()
                          || !request.webhookUri.isEmpty() || !request.scopes.isEmpty()
                          || request.allowProgressiveScopes;
    if (advanced)
        setAdvancedVisible(true);
    onEdited();
}

QStringList TokenForm::blockingReasons() const
{
    QStringList reasons = TokenFormLogic::blockingReasons(request(), currentProject());
    if (m_app->check() == AppPicker::Check::Unknown)
        reasons.append(tr("%1: %2").arg(tokenFieldLabel(TokenField::App), m_app->problem()));
    if (const QString app = m_appReadiness->blockingReason(); !app.isEmpty())
        reasons.append(app);
    return reasons;
}

bool TokenForm::isAppCheckPending() const
{
    return m_app->check() == AppPicker::Check::Pending;
}

void TokenForm::checkAppNow()
{
    m_app->checkNow();
}

void TokenForm::closePopups()
{
    m_app->closePopup();
}

void TokenForm::touch(TokenField field)
{
    m_touched.insert(field);
}

void TokenForm::updateAppDetails()
{
    const TokenRequest current = request();
    const bool validApp = TokenRequest::checkAppSlug(current.appSlug).isEmpty();
    const QString app = validApp ? current.normalizedAppSlug() : QString();
    m_appReadiness->setAppSlug(app);
    const bool validProject = TokenRequest::checkProjectId(current.projectId).isEmpty();
    m_oauthClient->setContext(validProject ? current.projectId.trimmed() : QString(),
                              current.environment, app);
}

void TokenForm::onEdited()
{
    updateAppDetails();
    updateMessages();
    refreshExpiryPreview();
    emit changed();
}

void TokenForm::updateMessages()
{
    const QList<FieldError> errors = request().validate();
    auto show = [&](FieldMessage *message, TokenField field) {
        const bool visible = m_revealAll || m_touched.contains(field);
        message->setMessage(visible ? TokenFormLogic::messageFor(errors, field) : QString());
    };
    show(m_ui->projectIdError, TokenField::ProjectId);
    show(m_ui->externalUserIdError, TokenField::ExternalUserId);
    show(m_ui->successRedirectError, TokenField::SuccessRedirectUri);
    show(m_ui->errorRedirectError, TokenField::ErrorRedirectUri);
    show(m_ui->webhookError, TokenField::WebhookUri);
    // Valid but useless: Pipedream's servers cannot call this computer (review 31). A warning,
    // shown as soon as it is typed; Generate stays possible (a tunnel may forward it).
    if (m_ui->webhookError->message().isEmpty()) {
        const QString host = UrlRules::loopbackHost(m_ui->webhookEdit->text());
        m_ui->webhookError->setMessage(
            host.isEmpty() ? QString()
                           : tr("Pipedream's servers cannot reach %1, so this webhook will get no "
                                "events. Use an address on the internet (for example a tunnel to "
                                "this computer).")
                                 .arg(host),
            FieldMessage::Severity::Warning);
    }
    show(m_ui->expiresInError, TokenField::ExpiresIn);
    show(m_ui->scopeError, TokenField::Scope);
    // The app picker says what is wrong with the slug on its own line: said once, not twice.
    m_ui->appError->setMessage({});
    // The origins editor explains each rejected entry itself; this line only repeats the
    // first problem once Generate was tried, so nobody misses it in a long list.
    m_ui->originsError->setMessage(m_revealAll
                                       ? TokenFormLogic::messageFor(errors, TokenField::AllowedOrigins)
                                       : QString());
}

QWidget *TokenForm::widgetFor(TokenField field) const
{
    switch (field) {
    case TokenField::ProjectId: return m_ui->projectIdEdit;
    case TokenField::Environment: return m_ui->productionRadio;
    case TokenField::ExternalUserId: return m_ui->externalUserIdEdit;
    case TokenField::AllowedOrigins: return m_origins;
    case TokenField::SuccessRedirectUri: return m_ui->successRedirectEdit;
    case TokenField::ErrorRedirectUri: return m_ui->errorRedirectEdit;
    case TokenField::WebhookUri: return m_ui->webhookEdit;
    case TokenField::ExpiresIn: return m_ui->expiresInEdit;
    case TokenField::Scope: return m_scopes;
    case TokenField::AllowProgressiveScopes: return m_ui->progressiveScopesCheck;
    case TokenField::App: return m_app;
    case TokenField::OAuthAppId: return m_oauthClient;
    }
    return nullptr;
}

void TokenForm::revealAllErrors()
{
    m_revealAll = true;
    updateMessages();
    const QList<FieldError> errors = request().validate();
    if (errors.isEmpty()) {
        if (m_app->check() == AppPicker::Check::Unknown)
            m_app->setFocus(Qt::OtherFocusReason);
        return;
    }
    QWidget *first = widgetFor(errors.constFirst().field);
    if (m_ui->advancedSection->isAncestorOf(first))
        setAdvancedVisible(true);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void TokenForm::focusExternalUserId()
{
    m_ui->externalUserIdEdit->setFocus(Qt::OtherFocusReason);
}

void TokenForm::setAdvancedVisible(bool visible)
{
    m_ui->advancedSection->setVisible(visible);
    {
        const QSignalBlocker blocker(m_ui->advancedToggle);
        m_ui->advancedToggle->setChecked(visible);
    }
    m_ui->advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedToggle->setAccessibleName(visible ? tr("Hide advanced fields")
                                                    : tr("Show advanced fields"));
}

bool TokenForm::isAdvancedVisible() const
{
    return m_ui->advancedToggle->isChecked();
}

QString TokenForm::appName() const
{
    return m_app->appName();
}

void TokenForm::refreshExpiryPreview()
{
    const QString preview = TokenFormLogic::expiryPreview(m_ui->expiresInEdit->text(), m_clock.now());
    m_ui->expiryPreviewLabel->setText(preview);
    m_ui->expiryPreviewLabel->setVisible(!preview.isEmpty());
}

} // namespace ConnectDesk::Ui
