// SPDX-License-Identifier: MIT
#include "providers/apikeystore.h"

#include "core/tr.h"

#include <QSemaphore>
#include <QThread>

#include <functional>
#include <memory>

#include <qt6keychain/keychain.h>

// QtKeychain talks to the Secret Service over D-Bus on these systems (and links QtDBus for it).
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define PROTOSTAR_SECRET_SERVICE 1
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif

namespace Protostar {

namespace {

// A keychain that never answers (a locked wallet prompt nobody sees) must not hang a worker.
constexpr int kKeychainTimeoutMs = 15000;

// What one QtKeychain job came back with, copied out on the keychain thread.
struct JobOutcome {
    bool finished = false; // false: no answer within kKeychainTimeoutMs
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// QtKeychain queues every job on one process-wide QObject that takes the thread affinity of the first
// caller; a job from any other thread reaches it through queued signals after the job is gone
// (use-after-free, or a queue that never moves on). So every job of the process runs here, on one
// long-lived thread with its own event loop, whichever thread calls ApiKeyStore.
QObject *keychainContext()
{
    static QObject *context = [] {
        auto *thread = new QThread; // leaked on purpose: it must outlive every caller
        thread->setObjectName(QStringLiteral("keychain"));
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        return object;
    }();
    return context;
}

// Runs the job `make` builds on the keychain thread and blocks the caller until it finished or timed out.
JobOutcome runJob(std::function<QKeychain::Job *()> make)
{
    struct Shared {
        QSemaphore done;
        JobOutcome outcome;
    };
    auto shared = std::make_shared<Shared>(); // outlives a caller that gave up waiting
    auto start = [shared, make = std::move(make)] {
        QKeychain::Job *job = make();
        job->setAutoDelete(true);
        // Plain-text fallback would write the key into a settings file: never.
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [shared](QKeychain::Job *finished) {
            shared->outcome.error = finished->error();
            shared->outcome.errorString = finished->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                shared->outcome.text = read->textData();
            shared->outcome.finished = true;
            shared->done.release();
        });
        job->start();
    };
    // The keychain thread is private to this file, so the caller is never it and cannot deadlock here.
    QMetaObject::invokeMethod(keychainContext(), start, Qt::QueuedConnection);
    if (!shared->done.tryAcquire(1, kKeychainTimeoutMs))
        return {}; // finished stays false; the job still ends (or not) on the keychain thread
    return shared->outcome;
}

Error lockedError(const QString &account)
{
    return makeError(ErrorCode::Unauthorized,
                     Tr::tr("The system keychain is locked, so the API key for %1 cannot be used. Unlock it "
                            "(log in to the desktop again, or open your keyring app), or set the "
                            "PROTOSTAR_API_KEY environment variable.")
                         .arg(account));
}

#ifdef PROTOSTAR_SECRET_SERVICE
// QtKeychain's libsecret backend cannot tell a locked keychain from an empty one: where no unlock
// prompt can show (no display, prompt dismissed) a lookup comes back "not found" and a delete
// "succeeds" while the entry stays. The Secret Service itself lists matching entries as unlocked or
// locked without unlocking anything, so ask it. Never starts a Secret Service that is not running.
const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
constexpr int kDBusTimeoutMs = 5000;

QDBusMessage callSecrets(const QString &path, const QString &interface, const QString &method,
                         const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kSecrets, path, interface, method);
    call.setArguments(arguments);
    call.setAutoStartService(false);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, kDBusTimeoutMs);
}

// True only when the Secret Service holds an entry of QtKeychain's schema for service/account and it is locked.
bool entryLocked(const QString &service, const QString &account)
{
    using Attributes = QMap<QString, QString>;
    static const QMetaType registered = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(registered)
    const Attributes attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), account}};
    const QDBusMessage reply = callSecrets(QStringLiteral("/org/freedesktop/secrets"),
                                           QStringLiteral("org.freedesktop.Secret.Service"),
                                           QStringLiteral("SearchItems"), {QVariant::fromValue(attributes)});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return false;
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1).value<QDBusArgument>());
    return !locked.isEmpty();
}

// True only when the Secret Service's default collection (where QtKeychain writes) is locked.
bool defaultCollectionLocked()
{
    const QDBusMessage alias = callSecrets(QStringLiteral("/org/freedesktop/secrets"),
                                           QStringLiteral("org.freedesktop.Secret.Service"),
                                           QStringLiteral("ReadAlias"), {QStringLiteral("default")});
    if (alias.type() != QDBusMessage::ReplyMessage || alias.arguments().isEmpty())
        return false;
    const QString path = alias.arguments().first().value<QDBusObjectPath>().path();
    if (path.isEmpty() || path == QLatin1String("/"))
        return false;
    const QDBusMessage locked = callSecrets(path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                                            {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    if (locked.type() != QDBusMessage::ReplyMessage || locked.arguments().isEmpty())
        return false;
    return locked.arguments().first().value<QDBusVariant>().variant().toBool();
}
#else
bool entryLocked(const QString &, const QString &) { return false; }
bool defaultCollectionLocked() { return false; }
#endif

Error keychainError(const JobOutcome &job, const QString &account)
{
    if (!job.finished) {
        return makeError(ErrorCode::Timeout,
                         Tr::tr("The system keychain did not answer. Unlock it, or set the API key in the "
                                "PROTOSTAR_API_KEY environment variable."));
    }
    switch (job.error) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
                         Tr::tr("No API key for %1 is stored in the system keychain. Save one in Settings, or set "
                                "the PROTOSTAR_API_KEY environment variable.")
                             .arg(account),
                         job.errorString);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::Unauthorized,
                         Tr::tr("Access to the system keychain was denied. Allow Protostar to use it, or set the "
                                "PROTOSTAR_API_KEY environment variable."),
                         job.errorString);
    case QKeychain::NoBackendAvailable:
        return makeError(ErrorCode::Unavailable,
                         Tr::tr("No system keychain is available on this machine. Set the API key in the "
                                "PROTOSTAR_API_KEY environment variable instead."),
                         job.errorString);
    default:
        return makeError(ErrorCode::Io,
                         Tr::tr("The system keychain failed. Set the API key in the PROTOSTAR_API_KEY "
                                "environment variable instead."),
                         job.errorString);
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QString service)
    : m_service(std::move(service))
{
}

Result<QString> ApiKeyStore::read(const QString &account) const
{
    const JobOutcome job = runJob([service = m_service, account] {
        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setKey(account);
        return read;
    });
    if (job.finished && job.error == QKeychain::EntryNotFound && entryLocked(m_service, account))
        return lockedError(account);
    if (!job.finished || job.error != QKeychain::NoError)
        return keychainError(job, account);
    return job.text;
}

Result<void> ApiKeyStore::write(const QString &account, const QString &key) const
{
    const JobOutcome job = runJob([service = m_service, account, key] {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setKey(account);
        write->setTextData(key);
        return write;
    });
    if (job.finished && job.error != QKeychain::NoError && defaultCollectionLocked())
        return lockedError(account);
    if (!job.finished || job.error != QKeychain::NoError)
        return keychainError(job, account);
    return {};
}

Result<void> ApiKeyStore::remove(const QString &account) const
{
    const JobOutcome job = runJob([service = m_service, account] {
        auto *remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(account);
        return remove;
    });
    if (!job.finished || (job.error != QKeychain::NoError && job.error != QKeychain::EntryNotFound))
        return keychainError(job, account);
    // "Removed" must mean gone: a locked entry survives a delete that reports success.
    if (entryLocked(m_service, account))
        return lockedError(account);
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
