#pragma once

#include "api/apierror.h"

namespace ConnectDesk::Cli {

// The command line's exit codes: a contract scripts depend on (docs/cli.md).
enum class ExitCode : int {
    Ok = 0,
    Usage = 2,               // invalid input or usage; nothing was sent
    CredentialsRejected = 3, // the OAuth client ID or secret was refused
    ApiFailure = 4,          // the API answered with an error (or broke its contract)
    NetworkFailure = 5,      // no answer: network, timeout, TLS, proxy
    ExpiredUnused = 6,       // token create --wait: the link expired without a connection
    OutputFailed = 7,        // token bulk: the results could not all be written (disk full)
    Interrupted = 130,       // stopped by SIGINT/SIGTERM before finishing
};

// How a failed call ends the process. Kind::None is success.
ExitCode exitCodeFor(ApiError::Kind kind);
// As above; a 401 that survived a fresh access token also means the credentials are refused.
ExitCode exitCodeFor(const ApiError &error);

constexpr int toInt(ExitCode code) { return static_cast<int>(code); }

} // namespace ConnectDesk::Cli
