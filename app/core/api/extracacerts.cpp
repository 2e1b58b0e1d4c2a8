#include "api/extracacerts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace ConnectDesk {

bool ExtraCaCertificates::applyFromEnvironment(QString *error)
{
    const QString path = qEnvironmentVariable(qPrintable(environmentVariable()));
    if (path.isEmpty())
        return true;
    const auto fail = [error, path](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("ExtraCaCertificates", "%1=%2: %3")
                         .arg(environmentVariable(), path, why);
        return false;
    };
    if (!QFileInfo(path).isReadable())
        return fail(QCoreApplication::translate("ExtraCaCertificates", "the file cannot be read."));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        return fail(QCoreApplication::translate("ExtraCaCertificates",
                                                "no PEM certificate in the file."));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}

} // namespace ConnectDesk
