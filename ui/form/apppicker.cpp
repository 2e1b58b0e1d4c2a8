#include "form/apppicker.h"

#include "widgets/statuslabel.h"
#include "widgets/uistyle.h"

#include "api/apireply.h"
#include "api/connectclient.h"
#include "api/tokenrequest.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

namespace {

constexpr int SlugRole = Qt::UserRole + 1;
constexpr qsizetype maxCachedQueries = 200;

QString normalizedSlug(const QString &text)
{
    TokenRequest request;
    request.appSlug = text;
    return request.normalizedAppSlug();
}

} // namespace

AppPicker::AppPicker(QWidget *parent)
    : QWidget(parent)
    , m_results(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("appPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("appEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_slugIcon = StatusLabel::makeIcon(QStringLiteral("appStatusIcon"), this);
    m_slugStatus = StatusLabel::makeText(QStringLiteral("appStatusLabel"), this);
    layout->addLayout(StatusLabel::row(m_slugIcon, m_slugStatus));
    m_searchIcon = StatusLabel::makeIcon(QStringLiteral("appSearchStatusIcon"), this);
    m_searchStatus = StatusLabel::makeText(QStringLiteral("appSearchStatusLabel"), this);
    layout->addLayout(StatusLabel::row(m_searchIcon, m_searchStatus));
    setFocusProxy(m_edit);

    m_completer = new QCompleter(m_results, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionRole(SlugRole); // choosing "Slack (slack)" puts "slack" in the line
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("appPopup"));
    m_edit->setCompleter(m_completer);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(defaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { startSearch(m_edit->text().trimmed(), false); });
    // textEdited, not textChanged: walking the popup with the arrows rewrites the text and
    // must not start searches.
    connect(m_edit, &QLineEdit::textEdited, this, &AppPicker::onTextEdited);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateSlugStatus();
        emit changed();
    });

    retranslate();
    setSearchStatus(QStyle::SP_MessageBoxInformation, {});
}

AppPicker::~AppPicker()
{
    cancelSearch();
}

void AppPicker::retranslate()
{
    m_edit->setPlaceholderText(tr("Search apps, or type a slug such as slack"));
    m_edit->setAccessibleName(tr("App"));
    m_edit->setAccessibleDescription(
        tr("The app the Connect Link opens. Type to search Pipedream's apps; Down arrow opens the "
           "results, Enter picks one and Escape closes them. A typed app slug is used as is."));
    QAbstractItemView *popup = m_completer->popup();
    popup->setAccessibleName(tr("Matching apps"));
    popup->setAccessibleDescription(tr("Apps matching the typed text, shown as name and slug."));
    updateSlugStatus();
}

void AppPicker::setClient(ConnectClient *client)
{
    if (client == m_client)
        return;
    cancelSearch();
    m_debounce.stop();
    m_cache.clear(); // another client may mean another server
    m_results->clear();
    m_completer->popup()->hide();
    setSearchStatus(QStyle::SP_MessageBoxInformation, {});
    m_client = client;
    m_failedKeys.clear();
    updateSlugStatus();
    resolveName();
}

ConnectClient *AppPicker::client() const
{
    return m_client;
}

QString AppPicker::appSlug() const
{
    return m_edit->text();
}

void AppPicker::setAppSlug(const QString &slug)
{
    m_debounce.stop();
    m_completer->popup()->hide();
    m_edit->setText(slug);
    resolveName();
}

QString AppPicker::appName() const
{
    return m_names.value(normalizedSlug(m_edit->text()));
}

AppPicker::Check AppPicker::check() const
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return Check::Empty;
    if (!TokenRequest::checkAppSlug(text).isEmpty())
        return Check::Invalid;
    const QString slug = normalizedSlug(text);
    if (m_names.contains(slug))
        return Check::Known;
    if (!m_client || m_failedKeys.contains(slug))
        return Check::Unverifiable;
    if (m_cache.contains(slug))
        return Check::Unknown; // asked exactly this, and no app has the slug
    return Check::Pending;
}

QString AppPicker::problem() const
{
    const QString text = m_edit->text();
    switch (check()) {
    case Check::Invalid:
        return TokenRequest::checkAppSlug(text);
    case Check::Unknown: {
        const QString slug = normalizedSlug(text);
        const QList<App> near = m_cache.value(slug);
        if (near.isEmpty())
            return tr("No app \"%1\" in Pipedream's apps.").arg(slug);
        return tr("No app \"%1\". Did you mean %2?").arg(slug, near.constFirst().name);
    }
    default:
        return {};
    }
}

void AppPicker::checkNow()
{
    if (check() != Check::Pending)
        return;
    const QString slug = normalizedSlug(m_edit->text());
    m_debounce.stop();
    if (m_reply && m_replyKey == slug)
        return; // the answer is on its way
    startSearch(slug, true);
}

void AppPicker::closePopup()
{
    m_completer->popup()->hide();
}

QString AppPicker::cacheKey(const QString &query)
{
    return query.trimmed().toLower();
}

void AppPicker::onTextEdited(const QString &text)
{
    m_debounce.stop();
    const QString query = text.trimmed();
    // Not a slug: the status line says why; searching would only add a second message.
    if (!m_client || query.isEmpty() || !TokenRequest::checkAppSlug(query).isEmpty()) {
        cancelSearch();
        m_results->clear(); // an empty model keeps QLineEdit from reopening stale results
        m_completer->popup()->hide();
        return;
    }
    const auto cached = m_cache.constFind(cacheKey(query));
    if (cached != m_cache.cend()) {
        cancelSearch();
        showResults(*cached);
        return;
    }
    m_debounce.start();
}

void AppPicker::startSearch(const QString &query, bool silent)
{
    if (!m_client || query.isEmpty())
        return;
    cancelSearch();
    const QString key = cacheKey(query);
    ApiReply *reply = m_client->searchApps(query, m_limit);
    m_reply = reply;
    m_replyKey = key;
    connect(reply, &ApiReply::finished, this,
            [this, reply, key, silent] { onSearchFinished(reply, key, silent); });
}

void AppPicker::cancelSearch()
{
    abandonReply(m_reply, this);
}

void AppPicker::onSearchFinished(ApiReply *reply, const QString &key, bool silent)
{
    if (reply == m_reply)
        m_reply = nullptr;
    reply->deleteLater();
    if (!reply->isOk()) {
        const ApiError &error = reply->error();
        if (error.kind == ApiError::Kind::Canceled)
            return;
        m_failedKeys.insert(key);
        updateSlugStatus();
        emit checked();
        if (silent)
            return;
        QString reason = error.message;
        if (error.httpStatus > 0)
            reason = reason.isEmpty() ? tr("HTTP %1").arg(error.httpStatus)
                                      : tr("HTTP %1, %2").arg(error.httpStatus).arg(reason);
        else if (reason.isEmpty())
            reason = error.humanMessage();
        setSearchStatus(QStyle::SP_MessageBoxWarning,
                        tr("App search unavailable: %1; you can still type a slug.").arg(reason),
                        error.humanMessage());
        return;
    }
    const QList<App> apps = App::listFromJson(reply->body());
    if (m_cache.size() >= maxCachedQueries)
        m_cache.clear();
    m_cache.insert(key, apps);
    m_failedKeys.remove(key);
    for (const App &app : apps)
        m_names.insert(app.slug, app.name);
    updateSlugStatus(); // the name may be known now, or the slug known not to exist
    emit checked();
    if (!silent && key == cacheKey(m_edit->text()))
        showResults(apps);
}

void AppPicker::showResults(const QList<App> &apps)
{
    m_results->clear();
    for (const App &app : apps) {
        auto *item = new QStandardItem(tr("%1 (%2)").arg(app.name, app.slug));
        item->setData(app.slug, SlugRole);
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (apps.isEmpty()) {
        m_completer->popup()->hide(); // the status line under the field says "No app …"
        setSearchStatus(QStyle::SP_MessageBoxInformation, {});
        return;
    }
    setSearchStatus(QStyle::SP_MessageBoxInformation, {});
    if (m_edit->hasFocus()) {
        m_completer->setCompletionPrefix(m_edit->text());
        openPopup();
    }
}

void AppPicker::resolveName()
{
    // A slug set from outside (a saved request) gets its display name with one quiet search.
    const QString slug = normalizedSlug(m_edit->text());
    if (!m_client || slug.isEmpty() || m_names.contains(slug) || m_cache.contains(slug)
        || !TokenRequest::checkAppSlug(slug).isEmpty()) {
        return;
    }
    startSearch(slug, true);
}

void AppPicker::updateSlugStatus()
{
    const QString slug = normalizedSlug(m_edit->text());
    switch (check()) {
    case Check::Empty:
        StatusLabel::set(this, m_slugIcon, m_slugStatus, QStyle::SP_MessageBoxInformation, {});
        return;
    case Check::Invalid:
        StatusLabel::set(this, m_slugIcon, m_slugStatus, QStyle::SP_MessageBoxCritical, problem());
        return;
    case Check::Unknown:
        StatusLabel::set(this, m_slugIcon, m_slugStatus, QStyle::SP_MessageBoxWarning, problem());
        return;
    case Check::Known:
        StatusLabel::set(this, m_slugIcon, m_slugStatus, QStyle::SP_DialogApplyButton,
                         tr("App: %1 (%2)").arg(m_names.value(slug), slug));
        return;
    case Check::Pending:
        StatusLabel::set(this, m_slugIcon, m_slugStatus, QStyle::SP_MessageBoxInformation,
                         tr("Looking up \"%1\"…").arg(slug));
        return;
    case Check::Unverifiable:
        // After a failed search its own line says so; without a search, say what will happen.
        StatusLabel::set(this, m_slugIcon, m_slugStatus, QStyle::SP_MessageBoxInformation,
                         m_failedKeys.contains(slug)
                             ? QString()
                             : tr("The Connect Link will open the app with slug \"%1\".")
                                   .arg(slug));
        return;
    }
}

void AppPicker::setSearchStatus(QStyle::StandardPixmap pixmap, const QString &text,
                                const QString &details)
{
    StatusLabel::set(this, m_searchIcon, m_searchStatus, pixmap, text);
    m_searchStatus->setToolTip(details);
}

void AppPicker::refreshIcons()
{
    for (QLabel *icon : {m_slugIcon, m_searchIcon})
        StatusLabel::refresh(this, icon);
}

void AppPicker::openPopup()
{
    // complete(rect) puts the popup under `rect` (in the line edit's coordinates): reach down
    // past whatever status line is showing, so its words stay readable.
    int bottom = m_edit->height();
    for (const QLabel *line : {m_slugStatus, m_searchStatus}) {
        if (line && line->isVisible() && !line->text().isEmpty()) {
            const QPoint below = line->mapToGlobal(QPoint(0, line->height()));
            bottom = std::max(bottom, m_edit->mapFromGlobal(below).y());
        }
    }
    m_completer->complete(QRect(0, 0, m_edit->width(), bottom + 1)); // QRect::bottom() is one less
}

bool AppPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down arrow reopens the results of the current text (the popup handles keys once open).
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && !m_completer->popup()->isVisible() && m_results->rowCount() > 0) {
        m_completer->setCompletionPrefix(m_edit->text());
        openPopup();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AppPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    Style::redoOnChange(event, [this] { retranslate(); }, [this] { refreshIcons(); });
}

} // namespace ConnectDesk::Ui
