// SPDX-License-Identifier: MIT
#include "ingest/textdecoder.h"

#include "core/hangul.h"
#include "core/tr.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>
#include <optional>

namespace Protostar {

namespace {

// Strict decoding: nullopt on the first invalid byte sequence.
std::optional<QString> decodeStrict(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeCp949(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    // windows-949 (Unified Hangul Code) decodes every EUC-KR file too.
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-949", &status), &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                    bytes.data(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    return out;
}

// Without a BOM, UTF-16 shows itself by zero bytes mostly in one lane: Korean UTF-16 has them only
// where a space, digit or line break is, plus the rare syllable like 팀 (U+D300). Binary data has
// zeros in both lanes.
bool looksLikeUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return false;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype units = bytes.size() / 2;
    const qsizetype heavy = qMax(evenZeros, oddZeros);
    const qsizetype light = qMin(evenZeros, oddZeros);
    return heavy >= 2 && heavy * 50 >= units && light * 25 <= units && light * 4 <= heavy;
}

// Share of characters that ordinary Korean or English text is made of.
double plausibleShare(const QString &text)
{
    if (text.isEmpty())
        return 0;
    qsizetype good = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        good += (u >= 0x20 && u < 0x7f) || u == '\n' || u == '\r' || u == '\t' || isHangulSyllable(c)
                || (u >= 0x3000 && u <= 0x30ff) || (u >= 0x2000 && u <= 0x206f) || (u >= 0xff00 && u <= 0xffef);
    }
    return double(good) / double(text.size());
}

bool hasControlCharacters(const QString &text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b) || u == 0x7f)
            ++controls;
    }
    // A stray control character happens in real files; many of them mean it is not text.
    return controls > 0 && controls * 200 > text.size();
}

struct Utf16Guess {
    QString text;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf16LE;
    double share = 0;
};

// The byte order whose decoding reads more like text; the wrong one gives CJK and symbol soup.
Utf16Guess bestUtf16(QByteArrayView bytes)
{
    Utf16Guess best;
    if (bytes.size() % 2 != 0)
        return best;
    for (auto [conv, enc] : {std::pair(QStringConverter::Utf16LE, TextDecoder::Encoding::Utf16LE),
                             std::pair(QStringConverter::Utf16BE, TextDecoder::Encoding::Utf16BE)}) {
        if (auto text = decodeStrict(bytes, conv)) {
            const double share = plausibleShare(*text);
            if (share > best.share)
                best = {*text, enc, share};
        }
    }
    return best;
}

} // namespace

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes, const QString &name)
{
    const auto binary = [&name](const QString &why) {
        return makeError(ErrorCode::BinaryContent,
                         Tr::tr("%1 does not look like a text file; save it as UTF-8 text and import it again.")
                             .arg(name),
                         why);
    };
    const auto checked = [&](QString text, Encoding encoding) -> Result<Decoded> {
        if (hasControlCharacters(text))
            return binary(QStringLiteral("control characters in %1 text").arg(encodingName(encoding)));
        return Decoded{std::move(text), encoding};
    };

    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        if (auto text = decodeStrict(view.sliced(3), QStringConverter::Utf8))
            return checked(*text, Encoding::Utf8Bom);
        return binary(QStringLiteral("invalid UTF-8 after a UTF-8 BOM"));
    }
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool le = view.startsWith("\xFF\xFE");
        if (auto text = decodeStrict(view.sliced(2), le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE))
            return checked(*text, le ? Encoding::Utf16LE : Encoding::Utf16BE);
        return binary(QStringLiteral("invalid UTF-16 after a BOM"));
    }
    if (looksLikeUtf16(view)) {
        Utf16Guess guess = bestUtf16(view);
        if (guess.share > 0.5)
            return checked(std::move(guess.text), guess.encoding);
    }
    if (view.contains('\0')) {
        if (Utf16Guess guess = bestUtf16(view); guess.share > 0.95)
            return checked(std::move(guess.text), guess.encoding);
        return binary(QStringLiteral("zero bytes"));
    }
    if (auto text = decodeStrict(view, QStringConverter::Utf8))
        return checked(*text, Encoding::Utf8);
    if (auto text = decodeCp949(view))
        return checked(*text, Encoding::Cp949);
    // All-Hangul UTF-16 without BOM may have no zero bytes; accept it only when it reads as text.
    if (Utf16Guess guess = bestUtf16(view); guess.share > 0.95)
        return checked(std::move(guess.text), guess.encoding);
    // A UTF-8 file with a damaged byte or two is still worth reading.
    const QString lossy = QString::fromUtf8(view);
    const qsizetype replaced = lossy.count(QChar::ReplacementCharacter);
    if (replaced * 1000 <= lossy.size())
        return checked(lossy, Encoding::Utf8Lossy);
    return binary(QStringLiteral("not UTF-8, UTF-16 or CP949"));
}

QString TextDecoder::normalize(QString text)
{
    // A file converted twice carries two BOMs; the second would be an invisible first character of the title.
    qsizetype boms = 0;
    while (boms < text.size() && text.at(boms) == QChar(0xfeff))
        ++boms;
    text.remove(0, boms);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text.normalized(QString::NormalizationForm_C);
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Cp949: return QStringLiteral("CP949");
    case Encoding::Utf8Lossy: return QStringLiteral("UTF-8 (damaged)");
    }
    return {};
}

} // namespace Protostar
