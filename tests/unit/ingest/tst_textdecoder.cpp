// SPDX-License-Identifier: MIT
// Encoding detection and normalisation of plain-text bytes, with every encoding made at test time.
#include "ingest/textdecoder.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <unicode/ucnv.h>

using namespace Protostar;
using Enc = TextDecoder::Encoding;

namespace {

const QString kKorean = QStringLiteral("홍길동 이력서\n[경력사항]\n2019년 3월 ~ 2023년 2월: 주식회사 한빛 개발팀 선임연구원\n");
const QString kMixed = QStringLiteral("Resume of Kim Minsu\nSkills: C++, Qt 6, SQL\n경력: 5년\n");
const QString kHangulOnly = QStringLiteral("홍길동이력서경력사항주식회사한빛개발팀선임연구원");
const QString kCp949Only = QStringLiteral("똠방각하 뷁 쀍 - 확장 완성형 글자\n"); // 똠, 뷁 are outside EUC-KR

QByteArray icuEncode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status))
        qFatal("ICU has no converter %s", charset);
    ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        qFatal("cannot encode test text to %s: %s", charset, u_errorName(status));
    out.truncate(n);
    return out;
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEncodings_data();
    void decodesEncodings();
    void rejectsBinary_data();
    void rejectsBinary();
    void normalizes_data();
    void normalizes();
};

void TestTextDecoder::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Enc>("encoding");

    QTest::newRow("ascii") << QByteArray("Plain English line\nsecond line\n") << QStringLiteral("Plain English line\nsecond line\n") << Enc::Utf8;
    QTest::newRow("utf8 korean") << kKorean.toUtf8() << kKorean << Enc::Utf8;
    QTest::newRow("utf8 with bom") << QByteArray("\xEF\xBB\xBF") + kKorean.toUtf8() << kKorean << Enc::Utf8Bom;
    QTest::newRow("utf16le with bom") << QByteArray("\xFF\xFE") + encode(kKorean, QStringConverter::Utf16LE) << kKorean << Enc::Utf16LE;
    QTest::newRow("utf16be with bom") << QByteArray("\xFE\xFF") + encode(kKorean, QStringConverter::Utf16BE) << kKorean << Enc::Utf16BE;
    QTest::newRow("utf16le no bom, mixed") << encode(kMixed, QStringConverter::Utf16LE) << kMixed << Enc::Utf16LE;
    QTest::newRow("utf16be no bom, mixed") << encode(kMixed, QStringConverter::Utf16BE) << kMixed << Enc::Utf16BE;
    QTest::newRow("utf16le no bom, korean") << encode(kKorean, QStringConverter::Utf16LE) << kKorean << Enc::Utf16LE;
    QTest::newRow("utf16be no bom, korean") << encode(kKorean, QStringConverter::Utf16BE) << kKorean << Enc::Utf16BE;
    QTest::newRow("utf16le no bom, hangul without spaces") << encode(kHangulOnly, QStringConverter::Utf16LE) << kHangulOnly << Enc::Utf16LE;
    QTest::newRow("cp949") << icuEncode(kKorean, "windows-949") << kKorean << Enc::Cp949;
    QTest::newRow("euc-kr") << icuEncode(kKorean, "EUC-KR") << kKorean << Enc::Cp949;
    QTest::newRow("cp949 extension syllables") << icuEncode(kCp949Only, "windows-949") << kCp949Only << Enc::Cp949;
    QTest::newRow("cp949 mixed with ascii") << icuEncode(kMixed, "windows-949") << kMixed << Enc::Cp949;

    QByteArray damaged = (kKorean + kKorean + kKorean + kKorean + kKorean + kKorean + kKorean + kKorean + kKorean).toUtf8().repeated(4);
    damaged.insert(damaged.size() / 2, "\xFF");
    const QString damagedText = QString::fromUtf8(damaged);
    QTest::newRow("utf8 with one damaged byte") << damaged << damagedText << Enc::Utf8Lossy;
}

void TestTextDecoder::decodesEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(Enc, encoding);

    const auto decoded = TextDecoder::decode(bytes, QStringLiteral("cv.txt"));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(TextDecoder::encodingName(decoded->encoding), TextDecoder::encodingName(encoding));
    QCOMPARE(decoded->text, expected);
}

void TestTextDecoder::rejectsBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("png header") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator rng(20261123); // fixed seed: the same bytes every run
    for (char &c : noise)
        c = char(rng.bounded(256));
    QTest::newRow("random bytes") << noise;
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += QByteArray("ab\x01\x02\x03\x04\x05\x06");
    QTest::newRow("control characters") << controls;
    QTest::newRow("zeros in both utf16 lanes") << QByteArray("\x00\x00\x41\x00\x00\x42\x00\x00\x43\x00\x00\x00", 12);
    QTest::newRow("invalid after utf8 bom") << QByteArray("\xEF\xBB\xBF\xC3\x28\xFF\xFE\xFD");
}

void TestTextDecoder::rejectsBinary()
{
    QFETCH(QByteArray, bytes);
    const auto decoded = TextDecoder::decode(bytes, QStringLiteral("/tmp/photo.txt"));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::BinaryContent);
    QVERIFY2(decoded.error().message.contains(u"/tmp/photo.txt"), qPrintable(decoded.error().message));
}

void TestTextDecoder::normalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString nfc = QStringLiteral("한글 이력서");
    QTest::newRow("nfd hangul to nfc") << nfc.normalized(QString::NormalizationForm_D) << nfc;
    QTest::newRow("nfc stays") << nfc << nfc;
    QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
    QTest::newRow("lone cr") << QStringLiteral("a\rb\rc") << QStringLiteral("a\nb\nc");
    QTest::newRow("mixed endings") << QStringLiteral("a\r\n\rb\n\r\nc") << QStringLiteral("a\n\nb\n\nc");
    QTest::newRow("bom character") << QStringLiteral("\uFEFFtitle") << QStringLiteral("title");
}

void TestTextDecoder::normalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = TextDecoder::normalize(input);
    QCOMPARE(out, expected);
    QCOMPARE(out.normalized(QString::NormalizationForm_C), out);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
