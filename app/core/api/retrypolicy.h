#pragma once

#include "api/apierror.h"

#include <optional>

namespace ConnectDesk {

// When and how long to wait before trying a failed call again, as the official SDKs do:
// 408, 429, 5xx and transient network failures, at most `maxRetries` times; wait Retry-After
// (capped), else X-RateLimit-Reset - now, else 1 s * 2^n with +-10 % jitter, capped.
struct RetryPolicy
{
    int maxRetries = 2;
    int baseDelayMs = 1000;
    int maxDelayMs = 60000;
    double jitter = 0.1;

    static bool isRetryable(const ApiError &error);

    // retryIndex: 0 for the first retry. random01: uniform in [0, 1). nullopt: do not retry.
    std::optional<int> delayMs(int retryIndex, const ApiError &error, const QDateTime &now,
                               double random01) const;
};

} // namespace ConnectDesk
