// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace Protostar {

enum class ErrorCode {
    None,
    InvalidArgument,
    NotFound,
    Io,
    UnsupportedFormat,
    EmptyDocument,
    BinaryContent,
    CorruptDocument,
    EncryptedDocument,
    TooLarge,
    Database,
    SchemaTooNew,
    Network,
    Timeout,
    Unauthorized,
    RateLimited,
    ServerError,
    Protocol,
    Cancelled,
    Unavailable,
    Internal,
};

// A failure a user can act on: `message` is translated and says what to do, `detail` is for the log.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

} // namespace Protostar

Q_DECLARE_METATYPE(Protostar::Error)
