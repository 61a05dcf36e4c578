// SPDX-License-Identifier: MIT
// The automatic read-only choice for real: SqliteStore::accessFor() and SqliteStore::open(path), as protostar and
// protostar-cli use them, on a file or folder the user truly may not write. Root may write anything (chmod does not
// stop it, and QFileInfo::isWritable() is always true), so under root — as in CI — the checks run in a forked child
// that has dropped to the unprivileged user `nobody`; it does not exec anything (the checkout may be in a folder
// nobody cannot enter). As a normal user they run in the test itself.
#include "sampledatabase.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>

using namespace Protostar;

namespace {

constexpr uid_t kNobody = 65534; // nobody and nogroup on Debian

struct Expected {
    SqliteDatabase::Access access;
    bool opens;
    QString refusal; // part of the open's error, when it does not open
};

// Everything the unprivileged user checks; an empty list when all held. Plain code, no QTest macros, so it can run
// in the forked child and report back through a pipe.
QStringList checkAsUser(const QString &path, const Expected &expected)
{
    QStringList failures;
    auto check = [&failures](bool ok, const QString &what) {
        if (!ok)
            failures << what;
    };
    const bool readOnly = expected.access == SqliteDatabase::Access::ReadOnly;
    check(SqliteStore::accessFor(path) == expected.access,
          QStringLiteral("accessFor() chose %1").arg(readOnly ? QStringLiteral("read-write") : QStringLiteral("read-only")));
    auto s = SqliteStore::open(path); // the access accessFor() picks, as the desktop and the CLI open it
    if (!expected.opens) {
        check(!s.ok(), QStringLiteral("opened although it should be refused"));
        if (!s.ok())
            check(s.error().message.contains(expected.refusal), QStringLiteral("refusal says: ") + s.error().message);
        return failures;
    }
    if (!s.ok())
        return failures << QStringLiteral("not opened: ") + s.error().toString();
    Store &store = **s;
    check((*s)->isReadOnly() == readOnly, QStringLiteral("isReadOnly() is %1").arg((*s)->isReadOnly()));
    auto candidates = store.candidates();
    check(candidates.ok() && candidates->size() == 1 && candidates->first().name == QStringLiteral("김서연"),
          QStringLiteral("the candidate was not read"));
    auto chunks = store.allChunks();
    check(chunks.ok() && chunks->size() == 2, QStringLiteral("the passages were not read"));
    auto sessions = store.sessions();
    check(sessions.ok() && sessions->size() == 1, QStringLiteral("the conversation was not read"));

    auto written = store.ensureCandidate(QStringLiteral("박하준"));
    check(written.ok() != readOnly, QStringLiteral("a write %1").arg(written.ok() ? QStringLiteral("succeeded")
                                                                                 : written.error().toString()));
    if (!written.ok()) {
        // Says what happened and what to do, not "could not carry out a change".
        check(written.error().message.contains(QStringLiteral("read-only")), QStringLiteral("refusal: ") + written.error().message);
        check(written.error().message.contains(QStringLiteral("copy the file")), QStringLiteral("refusal: ") + written.error().message);
    }
    auto after = store.candidates();
    check(after.ok() && after->size() == (readOnly ? 1 : 2), QStringLiteral("reads after the write attempt differ"));
    return failures;
}

// checkAsUser() as `nobody` in a forked child when this process is root; here otherwise.
QStringList checkUnprivileged(const std::function<QStringList()> &checks)
{
    if (geteuid() != 0)
        return checks();
    int fds[2];
    if (pipe(fds) != 0)
        return {QStringLiteral("pipe() failed")};
    std::fflush(nullptr); // or the child's exit would print the parent's buffered output again
    const pid_t child = fork();
    if (child < 0)
        return {QStringLiteral("fork() failed")};
    if (child == 0) {
        close(fds[0]);
        QStringList failures;
        if (setgroups(0, nullptr) != 0 || setresgid(kNobody, kNobody, kNobody) != 0
            || setresuid(kNobody, kNobody, kNobody) != 0 || geteuid() != kNobody)
            failures << QStringLiteral("could not become nobody");
        else
            failures = checks();
        const QByteArray report = failures.join(u'\n').toUtf8();
        for (qsizetype done = 0; done < report.size();) {
            const ssize_t n = write(fds[1], report.constData() + done, size_t(report.size() - done));
            if (n <= 0)
                break;
            done += n;
        }
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    QByteArray report;
    char buffer[4096];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, n);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {QStringLiteral("the unprivileged child did not finish (status %1)").arg(status)};
    return report.isEmpty() ? QStringList{} : QString::fromUtf8(report).split(u'\n');
}

// The same database with one change still in its -wal file, as a copy taken while the app that wrote it was open.
bool writeDatabaseWithPendingWal(const QString &path, const QString &scratch)
{
    const QString source = scratch + QStringLiteral("/source.db");
    if (!Test::writeSampleDatabase(source, QStringLiteral("WAL")))
        return false;
    auto s = SqliteStore::open(source, SqliteDatabase::Access::ReadWrite);
    if (!s || !(*s)->setValue(QStringLiteral("pending"), QStringLiteral("1")))
        return false;
    return QFile::exists(source + QStringLiteral("-wal")) && QFile::copy(source, path)
        && QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
}

bool setOwnerAndMode(const QString &path, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    if (geteuid() == 0 && chown(native.constData(), kNobody, kNobody) != 0)
        return false;
    return chmod(native.constData(), mode) == 0;
}

} // namespace

class tst_ReadOnlyAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAsTheUserMay_data();
    void opensAsTheUserMay();
};

void tst_ReadOnlyAccess::opensAsTheUserMay_data()
{
    QTest::addColumn<QString>("journalMode"); // "WAL pending": a change waits in the -wal file
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("WAL file, nothing pending, 0444 in a 0555 folder") << "WAL" << 0444 << 0555 << true << true << QString();
    QTest::newRow("rollback journal, 0444 in a 0555 folder") << "DELETE" << 0444 << 0555 << true << true << QString();
    QTest::newRow("WAL file 0444 in a writable folder") << "WAL" << 0444 << 0755 << true << true << QString();
    QTest::newRow("writable WAL file in a 0555 folder") << "WAL" << 0644 << 0555 << true << true << QString();
    QTest::newRow("writable file in a writable folder") << "WAL" << 0644 << 0755 << false << true << QString();
    QTest::newRow("a change pending in the -wal file, 0555 folder")
        << "WAL pending" << 0444 << 0555 << true << false << QStringLiteral("-wal");
}

void tst_ReadOnlyAccess::opensAsTheUserMay()
{
    QFETCH(QString, journalMode);
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    QFETCH(bool, readOnly);
    QFETCH(bool, opens);
    QFETCH(QString, refusal);

    // Under root the default temporary folder may be one `nobody` cannot enter; /tmp is open to everyone.
    QTemporaryDir base((geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath()) + QStringLiteral("/tst_readonlyaccess-XXXXXX"));
    QVERIFY(base.isValid());
    QVERIFY(QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                   | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const QString folder = base.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/protostar.db");
    if (journalMode == QLatin1String("WAL pending"))
        QVERIFY(writeDatabaseWithPendingWal(path, base.path()));
    else
        QVERIFY(Test::writeSampleDatabase(path, journalMode));
    QCOMPARE(QFile::exists(path + QStringLiteral("-wal")), journalMode == QLatin1String("WAL pending"));

    QStringList files{path};
    if (QFile::exists(path + QStringLiteral("-wal")))
        files << path + QStringLiteral("-wal");
    for (const QString &file : files)
        QVERIFY(setOwnerAndMode(file, mode_t(fileMode)));
    QVERIFY(setOwnerAndMode(folder, mode_t(folderMode)));
    QStringList before;
    for (const QString &file : files)
        before << QString::fromLatin1(Test::fileHash(file).toHex());

    const Expected expected{readOnly ? SqliteDatabase::Access::ReadOnly : SqliteDatabase::Access::ReadWrite, opens, refusal};
    const QStringList failures = checkUnprivileged([&] { return checkAsUser(path, expected); });
    QVERIFY(setOwnerAndMode(folder, 0755)); // so a normal user's QTemporaryDir can remove it
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));

    QStringList after;
    for (const QString &file : files)
        after << QString::fromLatin1(Test::fileHash(file).toHex());
    if (readOnly)
        QCOMPARE(after, before); // byte-identical, -wal included
    else
        QVERIFY(after != before); // the control: the same checks on a writable file do write
}

QTEST_GUILESS_MAIN(tst_ReadOnlyAccess)
#include "tst_readonlyaccess.moc"
