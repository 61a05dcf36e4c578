// SPDX-License-Identifier: MIT
// DocumentBuilder: how a block's text is cleaned before it is stored, searched and quoted, and how lines are separated.
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

    // Line mode (PDF): lines of a paragraph follow after a line break, paragraphs after a blank line; a line set apart
    // (a contact line, and the one after it) after a blank line, a paragraph break next to it after two, so that the
    // chunker can tell a sentence set apart from a paragraph ending.
    void separatesLines_data()
    {
        QTest::addColumn<QStringList>("steps"); // a line's text, or "|" for paragraphBreak(), "~" for lineApart()
        QTest::addColumn<QString>("text");
        QTest::newRow("lines of a paragraph") << QStringList{"a", "b"} << QStringLiteral("a\nb");
        QTest::newRow("a paragraph break") << QStringList{"a", "|", "b"} << QStringLiteral("a\n\nb");
        QTest::newRow("a line set apart") << QStringList{"a", "~", "b"} << QStringLiteral("a\n\nb");
        QTest::newRow("a paragraph break next to a line set apart") << QStringList{"a", "|", "~", "b"} << QStringLiteral("a\n\n\nb");
        QTest::newRow("apart only once") << QStringList{"a", "~", "b", "c"} << QStringLiteral("a\n\nb\nc");
    }

    void separatesLines()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, text);
        DocumentBuilder builder(QStringLiteral("pdf"));
        builder.setLineMode(true);
        for (const QString &step : steps) {
            if (step == u"|")
                builder.paragraphBreak();
            else if (step == u"~")
                builder.lineApart();
            else
                builder.add(TextBlock::Kind::Paragraph, step, 0, 1);
        }
        const auto doc = builder.finish(QStringLiteral("x.pdf"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->text, text);
    }
};

QTEST_APPLESS_MAIN(tst_DocumentBuilder)
#include "tst_documentbuilder.moc"
