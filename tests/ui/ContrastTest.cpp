// Issue 14, WCAG 2.1 AA (1.4.3): the client's own colours can be read, in the default theme and in a
// dark high-contrast one: text at least 4.5:1 against every background it is drawn on.
#include "ClientWorld.h"

#include "forms/Colours.h"

#include <QApplication>
#include <QPalette>

using namespace casusregie;
using namespace casusregie::ui;

namespace {

QPalette darkHighContrast()
{
    QPalette palette;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        palette.setColor(role, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, Qt::white);
    return palette;
}

} // namespace

TEST_CASE("Issue 14: the attention colour of errors and overdue dates stands 4.5 to 1 against every background in the default and a dark high-contrast theme")
{
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    for (const QPalette &palette : {QApplication::palette(), darkHighContrast()}) {
        const QColor attention = attentionColour(palette);
        for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
            INFO(palette.color(background).name().toStdString() << " behind " << attention.name().toStdString());
            CHECK(contrastRatio(attention, palette.color(background)) >= 4.5);
        }
    }
    // The session banner's own background, behind normal text.
    CHECK(contrastRatio(QApplication::palette().color(QPalette::WindowText), QColor(0xff, 0xf4, 0xce)) >= 4.5);
}
