// libFuzzer target for everything that reads bytes from the network or the user: the token
// response, error bodies, Retry-After values, timestamps and origins. The first byte picks the
// parser so one corpus covers all of them. Build: clang++ -fsanitize=fuzzer,address (CMake does it).
#include "api/apierror.h"
#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "api/urlrules.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace ConnectDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795867200, Qt::UTC);
    switch (data[0] % 6) {
    case 0: {
        QString error;
        const auto result = TokenResult::fromJson(input, &error);
        if (result) {
            // A parsed result must satisfy the contract it was checked against.
            if (!TokenResult::isTokenFormat(result->token) || !result->expiresAt.isValid())
                __builtin_trap();
            (void)result->connectLink(QStringLiteral("slack"));
        }
        break;
    }
    case 1: {
        const ApiError apiError = ApiError::fromHttp(429, {{"Retry-After", input.left(40)}}, input, now);
        (void)apiError.humanMessage();
        break;
    }
    case 2:
        if (const auto seconds = ApiError::parseRetryAfter(input, now); seconds && *seconds < 0)
            __builtin_trap();
        break;
    case 3:
        (void)TokenResult::parseTimestamp(QString::fromUtf8(input));
        break;
    case 4: {
        const QString origin = UrlRules::normalizeOrigin(QString::fromUtf8(input));
        // Normalising is idempotent.
        if (!origin.isEmpty() && UrlRules::normalizeOrigin(origin) != origin)
            __builtin_trap();
        break;
    }
    case 5: {
        TokenRequest request;
        request.projectId = QStringLiteral("proj_fuzz");
        request.externalUserId = QString::fromUtf8(input);
        request.allowedOrigins = QString::fromUtf8(input).split(QLatin1Char('\n'));
        request.expiresIn = QString::fromUtf8(input.left(12));
        request.scopes = {QString::fromUtf8(input)};
        if (request.isValid())
            (void)request.toJson();
        break;
    }
    }
    return 0;
}
