#pragma once

#include "api/appinfo.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QPointer>
#include <QStyle>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
QT_END_NAMESPACE

namespace ConnectDesk {
class ApiReply;
class ConnectClient;
} // namespace ConnectDesk

namespace ConnectDesk::Ui {

// The app a Connect Link opens: an editable line that searches Pipedream's apps as you type
// (GET /v1/connect/apps, debounced, cached per query, the previous request canceled) and offers
// "Name (slug)" in a popup. A typed slug must be a known app: one the search has not confirmed
// is a warning ("No app "sla". Did you mean Slack?") and a blocking problem, so a half-typed
// name never becomes a link. Only when the search cannot answer (no client, server failure)
// is a well-formed slug taken as typed; failures are reported quietly and never block typing.
// Each problem is said once, on the picker's own status line.
class AppPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPicker)
public:
    static constexpr int defaultDebounceMs = 250;
    static constexpr int defaultResultLimit = 20;

    // Whether the typed slug names a known app.
    enum class Check {
        Empty,        // nothing typed: the customer picks the app
        Invalid,      // not a slug at all (TokenRequest::checkAppSlug)
        Known,        // a search answer named this slug
        Unknown,      // the search answered, and no app has this slug
        Pending,      // not asked yet, or the answer is on its way
        Unverifiable, // no search possible (no client, or it failed): taken as typed
    };
    Q_ENUM(Check)

    explicit AppPicker(QWidget *parent = nullptr);
    ~AppPicker() override;

    // Null: free typing only. The client must outlive the picker or be reset here first.
    void setClient(ConnectDesk::ConnectClient *client);
    ConnectDesk::ConnectClient *client() const;

    QString appSlug() const; // as typed (TokenRequest normalises it)
    void setAppSlug(const QString &slug);
    // The display name ("Slack") when a search has told it, else empty.
    QString appName() const;

    Check check() const;
    // Invalid or Unknown: the one sentence shown under the field; else empty.
    QString problem() const;
    // Pending: asks the server now (no debounce, no popup); checked() follows the answer.
    void checkNow();
    void closePopup(); // Generate pressed: the choice is made

    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    int debounceInterval() const { return m_debounce.interval(); }
    void setResultLimit(int limit) { m_limit = limit; }

signals:
    void changed();
    void checked(); // a search answer (or failure) that may change check()

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using App = ConnectDesk::AppInfo;

    void retranslate();
    void onTextEdited(const QString &text);
    // Opens the results below the status lines under the field, never over them (review 30).
    void openPopup();
    void startSearch(const QString &query, bool silent);
    void onSearchFinished(ConnectDesk::ApiReply *reply, const QString &key, bool silent);
    void cancelSearch();
    void showResults(const QList<App> &apps);
    void resolveName();
    void updateSlugStatus();
    void setSearchStatus(QStyle::StandardPixmap pixmap, const QString &text,
                         const QString &details = {});
    void refreshIcons();
    static QString cacheKey(const QString &query);

    QLineEdit *m_edit = nullptr;
    QLabel *m_slugIcon = nullptr;
    QLabel *m_slugStatus = nullptr;
    QLabel *m_searchIcon = nullptr;
    QLabel *m_searchStatus = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_results = nullptr;
    QPointer<ConnectDesk::ConnectClient> m_client;
    QPointer<ConnectDesk::ApiReply> m_reply;
    QTimer m_debounce;
    QHash<QString, QList<App>> m_cache; // lower-cased query -> its results
    QHash<QString, QString> m_names;    // slug -> display name, from every answer
    QSet<QString> m_failedKeys;         // queries whose search failed (not cached)
    QString m_replyKey;                 // the query m_reply answers
    int m_limit = defaultResultLimit;
};

} // namespace ConnectDesk::Ui
