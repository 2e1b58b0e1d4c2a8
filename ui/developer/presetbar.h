#pragma once

#include "api/tokenrequest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace ConnectDesk {
class PresetStore;
}

namespace ConnectDesk::Ui {

// Save the form under a name ("Slack onboarding — prod, 2 h, least scope"), load, rename and
// delete it. Type a new name in the combo and Save; pick one and Load. Loading keeps the
// customer's external user ID. Dialogs are opened without nested event loops.
class PresetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetBar)
public:
    explicit PresetBar(PresetStore *store, QWidget *parent = nullptr);

    // The form as it is now: what Save stores and what Load applies a preset to.
    void setCurrent(const ConnectDesk::TokenRequest &request);
    const TokenRequest &current() const { return m_current; }

    QString currentName() const; // the combo's text, trimmed
    void setCurrentName(const QString &name);
    bool includesProjectId() const;

    // The buttons' actions without their dialogs (for keyboard flows and tests).
    bool saveAs(const QString &name);
    bool load(const QString &name);
    bool renamePreset(const QString &from, const QString &to);
    bool removePreset(const QString &name);

public slots:
    void save();            // the typed name; asks for one when the combo is empty
    void loadSelected();
    void renameSelected();  // asks for the new name
    void deleteSelected();  // asks for confirmation

signals:
    void loadRequested(const ConnectDesk::TokenRequest &request);
    void statusMessage(const QString &text);

private:
    void reload();
    void updateButtons();
    void fail(const QString &message);

    PresetStore *m_store;
    TokenRequest m_current;
    QComboBox *m_combo;
    QCheckBox *m_includeProject;
    QPushButton *m_save;
    QPushButton *m_load;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace ConnectDesk::Ui
