// SPDX-License-Identifier: MIT
#include "providers/apikeystore.h"

#include "core/tr.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Protostar {

namespace {

// A keychain that never answers (a locked wallet prompt nobody sees) must not hang a worker.
constexpr int kKeychainTimeoutMs = 15000;

// Runs a QtKeychain job to completion on this thread; false on timeout.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Plain-text fallback would write the key into a settings file: never.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished] { finished = true; });
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error keychainError(const QKeychain::Job &job, bool finished, const QString &account)
{
    if (!finished) {
        return makeError(ErrorCode::Timeout,
                         Tr::tr("The system keychain did not answer. Unlock it, or set the API key in the "
                                "PROTOSTAR_API_KEY environment variable."));
    }
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
                         Tr::tr("No API key for %1 is stored in the system keychain. Save one in Settings, or set "
                                "the PROTOSTAR_API_KEY environment variable.")
                             .arg(account),
                         job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::Unauthorized,
                         Tr::tr("Access to the system keychain was denied. Allow Protostar to use it, or set the "
                                "PROTOSTAR_API_KEY environment variable."),
                         job.errorString());
    case QKeychain::NoBackendAvailable:
        return makeError(ErrorCode::Unavailable,
                         Tr::tr("No system keychain is available on this machine. Set the API key in the "
                                "PROTOSTAR_API_KEY environment variable instead."),
                         job.errorString());
    default:
        return makeError(ErrorCode::Io,
                         Tr::tr("The system keychain failed. Set the API key in the PROTOSTAR_API_KEY "
                                "environment variable instead."),
                         job.errorString());
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QString service)
    : m_service(std::move(service))
{
}

Result<QString> ApiKeyStore::read(const QString &account) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    const bool finished = runJob(job);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished, account);
    return job.textData();
}

Result<void> ApiKeyStore::write(const QString &account, const QString &key) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(key);
    const bool finished = runJob(job);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished, account);
    return {};
}

Result<void> ApiKeyStore::remove(const QString &account) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    const bool finished = runJob(job);
    if (!finished || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound))
        return keychainError(job, finished, account);
    return {};
}

Result<QString> ApiKeyStore::resolve(const QString &account) const
{
    const QString fromEnv = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    return read(account);
}

} // namespace Protostar
