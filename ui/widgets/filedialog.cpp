#include "widgets/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace ConnectDesk::Ui {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> next;
    return next;
}

bool answerFromSeam(const FileDialog::Callback &chosen)
{
    std::optional<QString> next = std::exchange(nextFileName(), std::nullopt);
    if (!next)
        return false;
    if (!next->isEmpty())
        chosen(*next);
    return true;
}

void show(QFileDialog *dialog, FileDialog::Callback chosen)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog,
                     &QFileDialog::fileSelected,
                     dialog,
                     [chosen = std::move(chosen)](const QString &path) {
                         if (!path.isEmpty())
                             chosen(path);
                     });
    dialog->open();
}

} // namespace

void FileDialog::getOpenFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &directory,
                                 const QString &filter,
                                 Callback chosen)
{
    if (answerFromSeam(chosen))
        return;
    auto *dialog = new QFileDialog(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    show(dialog, std::move(chosen));
}

void FileDialog::getSaveFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &suggestedPath,
                                 const QString &filter,
                                 const QString &defaultSuffix,
                                 Callback chosen)
{
    if (answerFromSeam(chosen))
        return;
    auto *dialog = new QFileDialog(parent, caption, suggestedPath, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(defaultSuffix);
    show(dialog, std::move(chosen));
}

void FileDialog::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

void FileDialog::clearNextFileName()
{
    nextFileName().reset();
}

bool FileDialog::hasNextFileName()
{
    return nextFileName().has_value();
}

} // namespace ConnectDesk::Ui
