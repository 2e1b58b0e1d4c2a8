#include "developer/presetbar.h"

#include "developer/presetstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace ConnectDesk::Ui {

PresetBar::PresetBar(PresetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *label = new QLabel(tr("Pr&eset:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setAccessibleName(tr("Preset name"));
    m_combo->lineEdit()->setPlaceholderText(tr("Type a name to save the form"));
    label->setBuddy(m_combo);
    m_includeProject = new QCheckBox(tr("with project ID"), this);
    m_includeProject->setObjectName(QStringLiteral("presetIncludeProjectCheck"));
    m_includeProject->setChecked(true);
    m_includeProject->setToolTip(tr("Save the project ID with the preset. Never saved: the "
                                    "external user ID and anything secret."));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("presetSaveButton"));
    m_save->setAccessibleName(tr("Save the form as a preset"));
    m_load = new QPushButton(tr("L&oad"), this);
    m_load->setObjectName(QStringLiteral("presetLoadButton"));
    m_load->setAccessibleName(tr("Load the preset into the form"));
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("presetRenameButton"));
    m_rename->setAccessibleName(tr("Rename the preset"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("presetDeleteButton"));
    m_delete->setAccessibleName(tr("Delete the preset"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_includeProject);
    layout->addWidget(m_save);
    layout->addWidget(m_load);
    layout->addWidget(m_rename);
    layout->addWidget(m_delete);

    connect(m_save, &QPushButton::clicked, this, &PresetBar::save);
    connect(m_load, &QPushButton::clicked, this, &PresetBar::loadSelected);
    connect(m_rename, &QPushButton::clicked, this, &PresetBar::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &PresetBar::deleteSelected);
    connect(m_combo, &QComboBox::currentTextChanged, this, &PresetBar::updateButtons);
    connect(m_store, &PresetStore::changed, this, &PresetBar::reload);
    reload();
}

void PresetBar::setCurrent(const TokenRequest &request)
{
    m_current = request;
}

QString PresetBar::currentName() const
{
    return m_combo->currentText().trimmed();
}

void PresetBar::setCurrentName(const QString &name)
{
    const int index = m_combo->findText(name.trimmed(), Qt::MatchFixedString);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    else
        m_combo->setEditText(name);
}

bool PresetBar::includesProjectId() const
{
    return m_includeProject->isChecked();
}

void PresetBar::reload()
{
    const QString text = m_combo->currentText();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItems(m_store->names());
    setCurrentName(text);
    updateButtons();
}

void PresetBar::updateButtons()
{
    const bool exists = m_store->contains(currentName());
    m_save->setText(exists ? tr("&Update") : tr("&Save"));
    m_load->setEnabled(exists);
    m_rename->setEnabled(exists);
    m_delete->setEnabled(exists);
}

void PresetBar::fail(const QString &message)
{
    emit statusMessage(message);
}

bool PresetBar::saveAs(const QString &name)
{
    const bool existed = m_store->contains(name);
    if (!m_store->save(Preset::fromRequest(name, m_current, includesProjectId()))) {
        fail(m_store->errorString());
        return false;
    }
    setCurrentName(name.trimmed());
    emit statusMessage(existed ? tr("Preset \"%1\" updated.").arg(name.trimmed())
                               : tr("Preset \"%1\" saved.").arg(name.trimmed()));
    return true;
}

bool PresetBar::load(const QString &name)
{
    const auto preset = m_store->preset(name);
    if (!preset) {
        fail(tr("There is no preset called \"%1\".").arg(name.trimmed()));
        return false;
    }
    setCurrentName(preset->name);
    emit loadRequested(preset->applyTo(m_current));
    emit statusMessage(tr("Preset \"%1\" loaded; the external user ID was kept.").arg(preset->name));
    return true;
}

bool PresetBar::renamePreset(const QString &from, const QString &to)
{
    if (!m_store->rename(from, to)) {
        fail(m_store->errorString());
        return false;
    }
    setCurrentName(to.trimmed());
    emit statusMessage(tr("Preset renamed to \"%1\".").arg(to.trimmed()));
    return true;
}

bool PresetBar::removePreset(const QString &name)
{
    if (!m_store->remove(name)) {
        fail(m_store->errorString());
        return false;
    }
    m_combo->setEditText({});
    emit statusMessage(tr("Preset \"%1\" deleted.").arg(name.trimmed()));
    return true;
}

void PresetBar::save()
{
    if (!currentName().isEmpty()) {
        saveAs(currentName());
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("presetNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save preset"));
    dialog->setLabelText(tr("Name of the preset (for example \"Slack onboarding — prod, 2 h, "
                            "least scope\"):"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &name) { saveAs(name); });
    dialog->open();
}

void PresetBar::loadSelected()
{
    load(currentName());
}

void PresetBar::renameSelected()
{
    const QString from = currentName();
    if (!m_store->contains(from))
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("presetRenameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename preset"));
    dialog->setLabelText(tr("New name for \"%1\":").arg(from));
    dialog->setTextValue(from);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, from](const QString &to) { renamePreset(from, to); });
    dialog->open();
}

void PresetBar::deleteSelected()
{
    const QString name = currentName();
    if (!m_store->contains(name))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete preset"),
                                tr("Delete the preset \"%1\"?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("presetDeleteConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes)
            removePreset(name);
    });
    box->open();
}

} // namespace ConnectDesk::Ui
