// SPDX-License-Identifier: MIT
// DocumentBuilder: how a block's text is cleaned before it is stored, searched and quoted.
#include "ingest/documentbuilder.h"

#include <QTest>

using namespace Protostar;

class tst_DocumentBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleansBlockText_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("text");
        // PDF fonts set "fi" and "fl" as one glyph; the search must see the letters.
        QTest::newRow("fi ligature") << QStringLiteral("Certi\uFB01cations") << QStringLiteral("Certifications");
        QTest::newRow("ffi and fl ligatures") << QStringLiteral("e\uFB03cient work\uFB02ow") << QStringLiteral("efficient workflow");
        QTest::newRow("decomposed Hangul composed") << QStringLiteral("연봉").normalized(QString::NormalizationForm_D)
                                                    << QStringLiteral("연봉");
        QTest::newRow("whitespace collapsed") << QStringLiteral("  희망  연봉\t8,200만원 ") << QStringLiteral("희망 연봉 8,200만원");
        // Only ligatures are expanded: full-width and circled figures are quoted as the document writes them.
        QTest::newRow("other compatibility forms kept") << QStringLiteral("①　１２３") << QStringLiteral("① １２３");
    }

    void cleansBlockText()
    {
        QFETCH(QString, block);
        QFETCH(QString, text);
        DocumentBuilder builder(QStringLiteral("pdf"));
        builder.add(TextBlock::Kind::Paragraph, block, 0, 1);
        const auto doc = builder.finish(QStringLiteral("x.pdf"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->text, text);
    }
};

QTEST_APPLESS_MAIN(tst_DocumentBuilder)
#include "tst_documentbuilder.moc"
