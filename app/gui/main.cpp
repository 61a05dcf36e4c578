// SPDX-License-Identifier: MIT
// protostar: the recruiter's desktop. Placeholder window until the desktop issue lands.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Protostar"));
    QApplication::setApplicationName(QStringLiteral("protostar"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Protostar"));
    window.setCentralWidget(new QLabel(QObject::tr("Protostar"), &window));
    window.resize(1000, 700);
    window.show();
    return app.exec();
}
