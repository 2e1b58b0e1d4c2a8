#include "exitcodes.h"

namespace ConnectDesk::Cli {

ExitCode exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::InvalidInput:
        return ExitCode::Usage;
    case ApiError::Kind::CredentialsRejected:
        return ExitCode::CredentialsRejected;
    case ApiError::Kind::Http:
    case ApiError::Kind::Contract:
    case ApiError::Kind::TooLarge:
        return ExitCode::ApiFailure;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Proxy:
        return ExitCode::NetworkFailure;
    case ApiError::Kind::Canceled:
        return ExitCode::Interrupted;
    }
    return ExitCode::ApiFailure;
}

ExitCode exitCodeFor(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
        return ExitCode::CredentialsRejected;
    return exitCodeFor(error.kind);
}

} // namespace ConnectDesk::Cli
