// SPDX-License-Identifier: MIT
#include "secretserviceprobe.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;

using StringMap = QMap<QString, QString>;

namespace Protostar::Test {

QString SecretServiceProbe::sandbox()
{
    return qEnvironmentVariable("PROTOSTAR_SECRET_SANDBOX");
}

void SecretServiceProbe::verifySandbox()
{
    // Without the wrapper this would test whatever keychain the developer has, or none: refuse.
    QVERIFY2(!sandbox().isEmpty() && qEnvironmentVariable("PROTOSTAR_SECRET_SERVICE") == u"gnome-keyring"_s,
             "run through tests/support/with-secret-service.sh (ctest -R tst_apikeystore does)");
    QVERIFY2(QDir::homePath().startsWith(sandbox()), qPrintable(QDir::homePath()));
    qDBusRegisterMetaType<StringMap>();
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.secrets"_s));
}

// QtKeychain's libsecret schema stores the service and account as the attributes "server" and "user".
int SecretServiceProbe::keychainItems(const QString &service, const QString &account)
{
    QDBusInterface secrets(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                           u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    const StringMap attributes{{u"server"_s, service}, {u"user"_s, account}};
    const QDBusMessage reply = secrets.call(u"SearchItems"_s, QVariant::fromValue(attributes));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        qWarning() << "SearchItems failed:" << reply.errorMessage();
        return -1;
    }
    const auto paths = [](const QVariant &v) {
        return qdbus_cast<QList<QDBusObjectPath>>(v.value<QDBusArgument>()).size();
    };
    return int(paths(reply.arguments().at(0)) + paths(reply.arguments().at(1)));
}

QStringList SecretServiceProbe::filesHolding(const QString &secret)
{
    const QList<QByteArray> forms{secret.toUtf8(),
                                  QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
                                  secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals)};
    QStringList found;
    QDirIterator it(sandbox(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets in the runtime folder
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : forms) {
            if (bytes.contains(form)) {
                found << file.fileName();
                break;
            }
        }
    }
    return found;
}

// Locking is the standard Secret Service call; unlocking without a prompter (there is no display) uses
// gnome-keyring's own master-password call.
bool SecretServiceProbe::setLoginKeyringLocked(bool locked)
{
    const QDBusObjectPath login(u"/org/freedesktop/secrets/collection/login"_s);
    QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                           u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    QDBusMessage reply;
    if (locked) {
        reply = service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{login}));
    } else {
        const QDBusMessage session = service.call(u"OpenSession"_s, u"plain"_s, QVariant::fromValue(QDBusVariant(QString())));
        if (session.type() != QDBusMessage::ReplyMessage)
            return false;
        QDBusArgument secret;
        secret.beginStructure();
        secret << session.arguments().at(1).value<QDBusObjectPath>() << QByteArray()
               << QByteArray("protostar-test-password") << u"text/plain"_s;
        secret.endStructure();
        QDBusInterface internal(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
                                QDBusConnection::sessionBus());
        reply = internal.call(u"UnlockWithMasterPassword"_s, QVariant::fromValue(login), QVariant::fromValue(secret));
    }
    if (reply.type() != QDBusMessage::ReplyMessage) {
        qWarning() << (locked ? "Lock" : "UnlockWithMasterPassword") << "failed:" << reply.errorMessage();
        return false;
    }
    QDBusInterface collection(u"org.freedesktop.secrets"_s, login.path(), u"org.freedesktop.Secret.Collection"_s,
                              QDBusConnection::sessionBus());
    return collection.property("Locked").toBool() == locked;
}

} // namespace Protostar::Test
