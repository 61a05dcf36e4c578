// SPDX-License-Identifier: MIT
#include "providers/requiredphrases.h"

#include "providers/resumeglossary.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

// A quotation: its opening mark not glued to a preceding letter (Cho's, l'été) and its closing mark not
// followed by a Latin letter (English contractions). Two to forty characters inside.
const QRegularExpression &quotePattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}])['‘]([^'‘’\\n]{2,40})['’](?![A-Za-z])"
                       "|(?<![\\p{L}\\p{N}])[\"“]([^\"“”\\n]{2,40})[\"”]"
                       "|「([^」\\n]{2,40})」|『([^』\\n]{2,40})』|<([^<>\\n]{2,40})>|《([^《》\\n]{2,40})》|〈([^〈〉\\n]{2,40})〉"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// '23년, ’24: an apostrophe before a two-digit year is no opening quote.
const QRegularExpression &yearApostrophe()
{
    static const QRegularExpression re(QStringLiteral("['‘’](?=\\d{2}(?!\\d))"));
    return re;
}

// Letters then digits (K64, B2B, H100, ISO27001): a code names one thing. Digits first ("10k", "3D") is a
// figure or a generic attribute.
const QRegularExpression &codePattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9])[A-Za-z]+[0-9]+[A-Za-z0-9]*(?![A-Za-z0-9])"));
    return re;
}

const QRegularExpression &squeezePattern()
{
    static const QRegularExpression re(QStringLiteral("[\\s·‧ㆍ・]+"), QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool onlyDigits(const QString &s)
{
    for (QChar c : s) {
        if (!c.isDigit() && !c.isSpace() && !c.isPunct())
            return false;
    }
    return true;
}

} // namespace

QStringList RequiredPhrases::of(const QString &question)
{
    QString text = question.normalized(QString::NormalizationForm_C);
    text.replace(yearApostrophe(), QStringLiteral(" "));
    QStringList out;
    auto add = [&](const QString &phrase) {
        const QString p = phrase.trimmed();
        if (p.size() >= 2 && !onlyDigits(p) && !out.contains(p))
            out.append(p);
    };
    for (auto it = quotePattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (int g = 1; g <= m.lastCapturedIndex(); ++g) {
            if (m.capturedLength(g) > 0) {
                add(m.captured(g));
                break;
            }
        }
    }
    for (auto it = codePattern().globalMatch(text); it.hasNext();)
        add(it.next().captured(0));
    return out;
}

QStringList RequiredPhrases::withCapitals(const QString &question)
{
    static const QRegularExpression capitals(QStringLiteral("\\b[A-Z]{3,}\\b"));
    // Latin words joined by a slash or hyphen ("A/B 테스트", "CI/CD", "end-to-end") name one practice, which the
    // words apart do not ("E2E 테스트" is no A/B test). Not a résumé field's word ("front-end", "e-mail"), which
    // the glossary matches in either language.
    static const QRegularExpression joined(QStringLiteral("(?<![\\w/-])[A-Za-z][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)+(?![\\w/-])"));
    QStringList out = of(question);
    for (auto it = capitals.globalMatch(question); it.hasNext();)
        out.append(it.next().captured());
    for (auto it = joined.globalMatch(question); it.hasNext();) {
        const QString phrase = it.next().captured();
        if (ResumeGlossary::counterparts(phrase.toLower()).isEmpty() && !out.contains(phrase))
            out.append(phrase);
    }
    return out;
}

QString RequiredPhrases::squeezed(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_C).toLower();
    out.remove(squeezePattern());
    return out;
}

bool RequiredPhrases::writes(const QString &text, const QString &phrase)
{
    const QString p = squeezed(phrase);
    return p.isEmpty() || squeezed(text).contains(p);
}

} // namespace Protostar
