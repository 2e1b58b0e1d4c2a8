#pragma once

#include <QString>

class QFileDevice;

namespace ConnectDesk {

// Files that hold the user's data (history with live links and tokens, settings, presets,
// templates) are for the user alone: 0600 files in 0700 folders, on every platform that has
// Unix permissions. Existing files and folders are tightened too.
namespace PrivateFiles {

// Creates the file's folder (0700) and the file itself (empty, 0600) when missing, and
// tightens both when they exist. False when the folder cannot be made.
bool prepare(const QString &filePath);
// Tightens an open file (a QSaveFile before commit(), so the renamed file is never readable).
void restrict(QFileDevice &file);
bool restrictFolder(const QString &folderPath);

} // namespace PrivateFiles

} // namespace ConnectDesk
