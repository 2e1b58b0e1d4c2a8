#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace ConnectDesk::Ui {

// Runs `work` (returning T) on the global thread pool and hands the result to `done` on
// `context`'s thread, unless `context` is gone by then. QtCore only: QPromise + QFutureWatcher.
// `work` must not touch widgets or anything the GUI thread changes meanwhile.
template<typename T, typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work] {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace ConnectDesk::Ui
