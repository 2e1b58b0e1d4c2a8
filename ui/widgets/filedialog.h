#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ConnectDesk::Ui {

// Asking for a file name without a nested event loop: a window-modal QFileDialog opened with
// open(), and `chosen` called with the path once the user picks one (never on Cancel, never
// after `parent` is gone). For tests, a queued "next file name" (as KeePassXC's FileDialog)
// answers at once instead of showing a dialog; an empty queued name plays Cancel.
class FileDialog final
{
public:
    using Callback = std::function<void(const QString &path)>;

    static void getOpenFileName(QWidget *parent,
                                const QString &caption,
                                const QString &directory,
                                const QString &filter,
                                Callback chosen);
    static void getSaveFileName(QWidget *parent,
                                const QString &caption,
                                const QString &suggestedPath,
                                const QString &filter,
                                const QString &defaultSuffix,
                                Callback chosen);

    static void setNextFileName(const QString &path);
    static void clearNextFileName();
    static bool hasNextFileName();
};

} // namespace ConnectDesk::Ui
