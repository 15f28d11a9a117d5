"""The children's chat, filled in from the policy: placeholders in child words, scenes that apply.

Placeholders (write them in dialogues/*.yaml as {name}, or {name:을} to add a Korean particle):

    service, company          the service's and the company's names
    asked_items               what we ask for (required and optional items), shortened
    optional_items            what a child may refuse to give (optional for every purpose)
    automatic_items           what the app records by itself while it is used
    purposes                  why we use it, in child words ("so you can sign up and log in")
    consent_purposes          the purposes we use data for only because someone said yes
    scan_purposes             why a computer reads message content (purposes other than delivery)
    recipients                third parties that receive data
    consent_recipients        third parties that receive data only with consent
    other_recipients          third parties that receive data on another ground (a law)
    vendors                   companies that do work for us (entrustment)
    countries                 where data is stored or sent abroad
    keep_until                how long most data is kept, in child words
    longest_kept              the longest period anything in the policy is kept
    eu_child_age              under this age, a parent consents for children in the EU
    destruction               how data is destroyed, in child words
    guardian_items            what we ask a parent or guardian for
    contact_name, contact_phone, contact_email   who to ask (complaints department or officer)
    response_days             how many days we take to answer
    decisions                 automated decisions, by name
    reader, explainer         the names of the character who asks and the one who explains

A placeholder that would print nothing for this policy (say {recipients} when nobody receives
data) is an error: put the line in a scene or line with the matching `when:`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..errors import Problem, UserError
from ..i18n.catalogs import translations
from ..i18n.josa import with_particle
from ..source.dialogue import GLOSSARY_LINK, PLACEHOLDER, LoadedDialogue, line_location
from ..source.fields import Localized, Retention
from ..source.model import Policy
from ..source.vocabulary import Vocabulary
from .features import does, scan_purposes
from .phrasing import Phrasing, unique

LIST_LIMIT = 3
TO_WHOM = "에게"  # not a sound rule: people take 에게, organisations 에


@dataclass(frozen=True)
class Value:
    """A placeholder's text, and the data items in it (linked to the glossary when hard)."""

    text: str
    items: tuple[str, ...] = ()
    person: bool = True  # {x:에게} reads 에게 after a person, 에 after a team or company


def kid_list(names: list[str], locale: str, noun: str = "things", limit: int = LIST_LIMIT) -> str:
    """'a, b와 c' / 'a, b and c'; long lists end in 'and 3 more things' / '등 모두 6가지'."""
    _ = translations(locale).gettext
    if not names:
        return ""
    if len(names) > limit + 1:
        shown = ", ".join(names[:limit])
        if locale == "ko":
            unit = {"companies": "곳", "reasons": "가지 이유로"}.get(noun, "가지")
            return f"{shown} 등 모두 {len(names)}{unit}"
        more = {
            "things": _("and %(count)s more things"),
            "reasons": _("and for %(count)s more reasons"),
            "companies": _("and %(count)s more companies"),
        }[noun]
        return f"{shown} {more % {'count': len(names) - limit}}"
    if len(names) == 1:
        return names[0]
    if locale == "ko" and noun == "reasons":  # "…하려고, …하려고, 또 …하려고"
        return f"{', '.join(names[:-1])}, 또 {names[-1]}"
    if locale == "ko":
        return f"{', '.join([*names[:-2], with_particle(names[-2], '와')])} {names[-1]}"
    return Phrasing(locale, Vocabulary({})).listing(names)


def in_sentence(name: str) -> str:
    """'Automatic restriction of spam' -> 'automatic restriction of spam' (acronyms stay)."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def kid_retention(retention: Retention, say: Phrasing) -> str:
    """'until you leave the service' / '네가 탈퇴할 때까지'."""
    _ = translations(say.locale).gettext
    period = say.period(years=retention.years, months=retention.months, days=retention.days)
    if retention.until:
        return say.vocabulary.get("events", retention.until).localized("kid_until", say.locale)
    if retention.after:
        template = say.vocabulary.get("events", retention.after).localized("kid_after", say.locale)
        return template.format(period=period)
    return _("for %(period)s") % {"period": period}


def kid_purpose(vocabulary: Vocabulary, purpose: str, locale: str) -> str:
    """Why we use data, as a clause that reads after 'We use it' / before '써'.

    A purpose's kid wording is such a clause ("to send what you ordered" / "주문한 물건을 보내
    주려고"); a custom purpose without one is a noun phrase, so it gets a frame that fits any
    noun phrase: "for taking pre-orders" / "예약 주문 접수를 하려고".
    """
    term = vocabulary.get("purposes", purpose)
    wording = term.kid_ko if locale == "ko" else term.kid_en
    if wording:
        return wording
    if locale == "ko":
        return f"{with_particle(term.ko, '을')} 하려고"
    return f"for {in_sentence(term.en)}"


def _items(policy: Policy, kinds: tuple[str, ...]) -> list[str]:
    return unique(
        item for entry in policy.processing for kind in kinds for item in getattr(entry, kind)
    )


def kid_items(ids: list[str], say: Phrasing) -> list[str]:
    """Item names a child understands: the vocabulary's kid word where it has one."""
    names = []
    for item_id in unique(ids):
        term = say.vocabulary.get("data_items", item_id)
        word = term.extra.get("kid_word")
        names.append(str(word[say.locale]) if isinstance(word, dict) else term.text(say.locale))
    return names


def placeholder_values(policy: Policy, say: Phrasing) -> dict[str, Value]:
    """Every placeholder's value for this policy in one language ('' when it has none)."""
    locale = say.locale

    def items(ids: list[str]) -> Value:
        return Value(kid_list(say.terms("data_items", ids), locale), tuple(ids))

    automatic = _items(policy, ("automatic_items",))
    if policy.automatic_collection:
        automatic = unique([*automatic, *policy.automatic_collection.items])
    contact = policy.contact
    longest = policy.longest_retention
    vocabulary = say.vocabulary

    def purposes(ids: list[str], limit: int = LIST_LIMIT) -> Value:
        kid = [kid_purpose(vocabulary, purpose, locale) for purpose in unique(ids)]
        return Value(kid_list(kid, locale, "reasons", limit))

    def companies(parties: list[Localized]) -> Value:
        return Value(kid_list([say.text(name) for name in parties], locale, "companies"))

    producers: dict[str, Callable[[], Value]] = {
        "service": lambda: Value(say.text(policy.controller.service)),
        "company": lambda: Value(say.text(policy.controller.name)),
        "asked_items": lambda: items(_items(policy, ("required_items", "optional_items"))),
        "optional_items": lambda: items(policy.optional_only_items),
        "automatic_items": lambda: items(automatic),
        "purposes": lambda: purposes([entry.purpose for entry in policy.processing]),
        "consent_purposes": lambda: purposes(
            [entry.purpose for entry in policy.processing if entry.legal_basis == "consent"], 1
        ),
        "scan_purposes": lambda: purposes(scan_purposes(policy)),
        "recipients": lambda: companies([party.recipient for party in policy.third_parties]),
        "consent_recipients": lambda: companies(
            [p.recipient for p in policy.third_parties if p.legal_basis == "consent"]
        ),
        "other_recipients": lambda: companies(
            [p.recipient for p in policy.third_parties if p.legal_basis != "consent"]
        ),
        "vendors": lambda: Value(
            kid_list(
                [say.text(vendor.vendor) for vendor in policy.entrustment], locale, "companies"
            )
        ),
        "countries": lambda: Value(
            kid_list(
                unique(
                    say.country_in_sentence(transfer.country)
                    for transfer in policy.overseas_transfers
                ),
                locale,
            )
        ),
        "keep_until": lambda: Value(kid_retention(policy.usual_retention, say)),
        "longest_kept": lambda: Value(kid_retention(longest, say) if longest else ""),
        "eu_child_age": lambda: Value(
            str(policy.gdpr.child_consent_age or "") if policy.gdpr else ""
        ),
        "destruction": lambda: Value(
            vocabulary.get("destruction_methods", policy.destruction.methods[0]).kid(locale)
        ),
        "guardian_items": lambda: Value(
            kid_list(kid_items(policy.children.guardian_items, say), locale)
            if policy.children
            else ""
        ),
        "contact_name": lambda: Value(
            say.text(contact.department or contact.name), person=contact.department is None
        ),
        "contact_phone": lambda: Value(contact.phone),
        "contact_email": lambda: Value(contact.email),
        "response_days": lambda: Value(str(policy.rights.response_days)),
        "decisions": lambda: Value(
            kid_list(
                [in_sentence(say.text(decision.name)) for decision in policy.automated_decisions],
                locale,
            )
        ),
    }
    return {name: produce() for name, produce in producers.items()}


PLACEHOLDERS = frozenset(
    [
        "reader",
        "explainer",
        "service",
        "company",
        "asked_items",
        "optional_items",
        "automatic_items",
        "purposes",
        "consent_purposes",
        "scan_purposes",
        "recipients",
        "consent_recipients",
        "other_recipients",
        "vendors",
        "countries",
        "keep_until",
        "longest_kept",
        "eu_child_age",
        "destruction",
        "guardian_items",
        "contact_name",
        "contact_phone",
        "contact_email",
        "response_days",
        "decisions",
    ]
)


@dataclass(frozen=True)
class ChatLine:
    """A bubble ready to show: who says it and its HTML (text with glossary links)."""

    speaker: str
    html: Markup
    text: str  # the same words without markup, for readability checks


@dataclass(frozen=True)
class ChatScene:
    id: str
    title: str
    lines: tuple[ChatLine, ...]


@dataclass(frozen=True)
class GlossaryItem:
    id: str
    word: str
    meaning: str


@dataclass(frozen=True)
class Chat:
    """The conversation in one language."""

    scenes: tuple[ChatScene, ...]
    glossary: tuple[GlossaryItem, ...]


def _glossary_link(term_id: str, word: str) -> Markup:
    # term-hint (on the chat page) tells a listener the link explains the word, not acts on it
    return Markup(
        '<a class="term" href="#glossary-{0}" aria-describedby="term-hint">{1}</a>'
    ).format(term_id, word)


def build_chat(loaded: LoadedDialogue, policy: Policy, say: Phrasing) -> tuple[Chat, list[Problem]]:
    """Fill in every line that applies; report placeholders that would print nothing."""
    locale = say.locale
    dialogue = loaded.dialogue
    values = placeholder_values(policy, say)
    reader = dialogue.cast[dialogue.reader_voice]
    explainer = next(c for key, c in dialogue.cast.items() if key != dialogue.reader_voice)
    values["reader"] = Value(reader.name(locale))
    values["explainer"] = Value(explainer.name(locale))
    words = {term_id: entry.word(locale) for term_id, entry in dialogue.glossary.items()}
    meanings = {term_id: entry.meaning(locale) for term_id, entry in dialogue.glossary.items()}
    used: dict[str, None] = {}
    problems: list[Problem] = []
    scenes = []
    for scene_index, scene in enumerate(dialogue.scenes):
        if not does(scene.when, policy):
            continue
        lines = []
        for line_index, line in enumerate(scene.lines):
            if not does(line.when, policy):
                continue
            template = line.text(locale)
            html, text = _fill(template, values, words, say.vocabulary, locale, used)
            empty = [
                name
                for name in (m.group(1) for m in PLACEHOLDER.finditer(template))
                if not values[name].text
            ]
            for name in empty:
                problems.append(
                    Problem(
                        line_location(loaded, scene_index, line_index, locale),
                        f"{{{name}}} prints nothing for this policy",
                        "put the line in a scene or line with a matching 'when:' (see the list at "
                        "the top of the built-in scenes.yaml)",
                    )
                )
            lines.append(ChatLine(line.speaker, html, text))
        scenes.append(ChatScene(scene.id, scene.title(locale), tuple(lines)))
    glossary = []
    for term_id in used:
        if term_id in words:
            glossary.append(GlossaryItem(term_id, words[term_id], meanings[term_id]))
        else:
            term = say.vocabulary.get("data_items", term_id)
            glossary.append(GlossaryItem(term_id, term.text(locale), term.kid(locale)))
    return Chat(tuple(scenes), tuple(glossary)), problems


def _fill(
    template: str,
    values: dict[str, Value],
    words: dict[str, str],
    vocabulary: Vocabulary,
    locale: str,
    used: dict[str, None],
) -> tuple[Markup, str]:
    """Replace placeholders and glossary links; hard data-item words link to the glossary."""
    html_parts: list[Markup] = []
    text_parts: list[str] = []
    position = 0
    pattern = re.compile(f"{PLACEHOLDER.pattern}|{GLOSSARY_LINK.pattern}")
    for match in pattern.finditer(template):
        literal = template[position : match.start()]
        html_parts.append(escape(literal))
        text_parts.append(literal)
        position = match.end()
        if match.group(1):  # a placeholder
            value = values[match.group(1)]
            text = value.text
            if match.group(2) == TO_WHOM and locale == "ko":
                text += TO_WHOM if value.person else "에"
            elif match.group(2) and locale == "ko":
                text = with_particle(text, match.group(2))
            text_parts.append(text)
            html_parts.append(_link_hard_words(text, value.items, vocabulary, locale, used))
        else:  # a glossary link
            term_id = match.group(3)
            word = words.get(term_id) or vocabulary.get("data_items", term_id).text(locale)
            used[term_id] = None
            text_parts.append(word)
            html_parts.append(_glossary_link(term_id, word))
    html_parts.append(escape(template[position:]))
    text_parts.append(template[position:])
    return Markup("").join(html_parts), "".join(text_parts)


def _link_hard_words(
    text: str, item_ids: tuple[str, ...], vocabulary: Vocabulary, locale: str, used: dict[str, None]
) -> Markup:
    html = escape(text)
    for item_id in item_ids:
        term = vocabulary.get("data_items", item_id)
        if not term.extra.get("hard"):
            continue
        word = escape(term.text(locale))
        if word in html:
            html = Markup(html.replace(word, _glossary_link(item_id, word), 1))
            used[item_id] = None
    return html


def chats(loaded: LoadedDialogue, policy: Policy, phrasings: list[Phrasing]) -> dict[str, Chat]:
    """The chat in every language, or a UserError listing every line that cannot be filled."""
    result, problems = {}, []
    for say in phrasings:
        chat, found = build_chat(loaded, policy, say)
        result[say.locale] = chat
        problems += found
    if problems:
        raise UserError(problems)
    return result
