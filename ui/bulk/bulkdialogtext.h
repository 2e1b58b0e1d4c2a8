#pragma once

#include "api/tokenrequest.h"

#include <QCoreApplication>
#include <QList>

namespace ConnectDesk {
class BulkJob;
}

namespace ConnectDesk::Ui {

// The bulk window's sentences: the settings every row gets, what to fix before running, and the
// progress line under the bar. Kept apart so BulkDialog holds only behaviour.
class BulkDialogText final
{
    Q_DECLARE_TR_FUNCTIONS(BulkDialogText)
public:
    // "For every row: proj_abc · Production · rows without an app: slack · expires in 3600 s"
    static QString requestSummary(const TokenRequest &requestTemplate);
    // The form's problems and the development limit; empty when there is nothing to say.
    static QString warnings(const TokenRequest &requestTemplate, const QList<FieldError> &problems);

    enum class Stage { Running, Paused, Stopping, Finished };
    // "12 of 50 rows · 3 failed · 90.4 rows/s · about 2 s left"
    static QString stats(const BulkJob &job, int total, Stage stage);
};

} // namespace ConnectDesk::Ui
