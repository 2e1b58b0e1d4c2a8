#pragma once

#include "api/tokenrequest.h"
#include "profiles/projectsource.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class TokenForm;
}

namespace ConnectDesk {
class Clock;
class ConnectClient;
}

namespace ConnectDesk::Ui {

class AppPicker;
class AppReadiness;
class OAuthClientPicker;
class OriginsEditor;
class ScopePicker;

// Every field of a Connect token request. Support staff see project, external user ID, app
// and expiry; the developer fields sit in a collapsible "Advanced" section, all reachable by
// keyboard. Fields are checked as they are typed, by core's rules, and never cleared by a
// failed request.
class TokenForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenForm)
public:
    TokenForm(ProjectSource *projects, const Clock &clock, QWidget *parent = nullptr);
    ~TokenForm() override;

    void setClient(ConnectClient *client); // for the app picker's search

    TokenRequest request() const; // what the fields say, raw (validate() explains problems)
    // Fills every field from `request` (the project ID only where it can be typed).
    void setRequest(const TokenRequest &request);

    ProjectChoice currentProject() const;
    bool selectProject(const QString &key);

    QStringList blockingReasons() const; // empty: Generate may send
    // Shows every field's message, also for fields not edited yet, opens "Advanced" when one
    // of its fields is wrong, and focuses the first wrong field.
    void revealAllErrors();
    void focusExternalUserId();
    void setAdvancedVisible(bool visible);
    bool isAdvancedVisible() const;
    QString appName() const;
    // The fields in keyboard order, from the project to the last advanced field.
    QList<QWidget *> tabOrder() const;
    // The app slug is typed but the server has not said yet whether such an app exists.
    bool isAppCheckPending() const;
    void checkAppNow(); // appChecked() follows
    void closePopups();

signals:
    void changed(); // any field, or the project
    void projectChanged(const ConnectDesk::Ui::ProjectChoice &choice);
    void appChecked();

public slots:
    void refreshExpiryPreview();

private:
    void reloadProjects();
    void onProjectIndexChanged(int index);
    void setEnvironment(const QString &environment);
    void updateEnvironmentBand();
    void touch(TokenField field);
    void onEdited();
    void updateAppDetails();
    void updateMessages();
    void setupTabOrder();
    QWidget *widgetFor(TokenField field) const;

    std::unique_ptr<::Ui::TokenForm> m_ui;
    ProjectSource *m_projects;
    const Clock &m_clock;
    QList<ProjectChoice> m_choices;
    OriginsEditor *m_origins;
    ScopePicker *m_scopes;
    AppReadiness *m_appReadiness = nullptr;
    OAuthClientPicker *m_oauthClient = nullptr;
    AppPicker *m_app;
    QString m_typedProjectId;
    QSet<TokenField> m_touched;
    bool m_revealAll = false;
    QTimer m_previewTimer;
};

} // namespace ConnectDesk::Ui
