#include "base/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ConnectDesk::PrivateFiles {

namespace {

constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerFolder = ownerFile | QFileDevice::ExeOwner;

} // namespace

bool restrictFolder(const QString &folderPath)
{
    const QFileInfo folder(folderPath);
    const bool existed = folder.exists();
    if (!QDir().mkpath(folderPath))
        return false;
    // Only ConnectDesk's own folders: never a shared one (/tmp) or the home folder itself,
    // should a file be placed there.
    const bool shared = existed
                        && (folder.permissions().testFlag(QFileDevice::WriteOther)
                            || QDir(folderPath) == QDir::home() || QDir(folderPath).isRoot());
    if (!shared)
        QFile::setPermissions(folderPath, ownerFolder);
    return true;
}

bool prepare(const QString &filePath)
{
    if (!restrictFolder(QFileInfo(filePath).absolutePath()))
        return false;
    QFile file(filePath);
    if (file.exists())
        return file.setPermissions(ownerFile);
    // Created with the final permissions, so there is no moment in which others could open it.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile);
}

void restrict(QFileDevice &file)
{
    file.setPermissions(ownerFile);
}

} // namespace ConnectDesk::PrivateFiles
