// SPDX-License-Identifier: MIT
// protostar-worker: the headless worker. The job queue arrives in a later issue; until then it
// only says so, so scripts that look for the binary find it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("protostar-worker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROTOSTAR_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Headless Protostar worker (job queue not available in this build yet)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    QTextStream(stderr) << "protostar-worker: the job queue is not available in this build yet.\n";
    return 3;
}
