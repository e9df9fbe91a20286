"""Typed views of the register's files, generated from the schemas by ``python -m ropa.modelgen``: do
not edit; a test fails when this file is out of date.

One ``TypedDict`` per kind of file (:class:`Organisation`, :class:`Activity`, :class:`Purpose`,
:class:`DataCategory`, :class:`DataSubject`, :class:`Recipient`, :class:`Measure`) and per object
within them. Each is ``total=False``: these are annotations of what a file that passed schema
validation holds, never checks of their own. A file that failed validation may hold anything, and the
rules and sites read only valid files (``SourceFile.valid``); the required fields are marked so in
their descriptions. Texts that may be written per language are :data:`Text` (or :data:`Markdown`):
a string, or a mapping of two-letter language codes to strings.
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

# -- texts, lists and enumerations --------------------------------------------------------------------------------------

LangText: TypeAlias = dict[str, str]
"""A text per language: two-letter language codes such as `nl` and `en`, each with its text."""

Text: TypeAlias = str | LangText
"""Text in the register's default language, or per language as `{nl: ..., en: ...}`."""

Markdown: TypeAlias = str | LangText
"""Markdown text in the register's default language, or per language as `{nl: ..., en: ...}`."""

InternalText: TypeAlias = str | LangText
"""Internal text; never published."""

Notes: TypeAlias = InternalText
"""Internal notes; never published."""

Mechanism: TypeAlias = Literal[
    "adequacy",
    "dpf",
    "scc",
    "scc-2021",
    "bcr",
    "code-of-conduct",
    "certification",
    "authorised-clauses",
    "public-bodies",
    "derogation-consent",
    "derogation-contract",
    "derogation-contract-third-party",
    "derogation-public-interest",
    "derogation-legal-claims",
    "derogation-vital-interests",
    "derogation-public-register",
    "compelling-legitimate-interests",
    "uk-idta",
    "uk-addendum",
    "privacy-shield",
    "safe-harbor",
    "scc-2001",
    "scc-2004",
    "scc-2010",
    "other",
]
"""Chapter V transfer mechanism. `scc` is standard contractual clauses without saying which; `scc-2021` the clauses
of Decision (EU) 2021/914. `uk-idta` and `uk-addendum` are the United Kingdom's: the ICO's International Data
Transfer Agreement and its Addendum to the EU clauses (UK GDPR Art. 46(2)(d), DPA 2018 s. 119A, in force since 21
March 2022), for a controller under the UK GDPR."""

Audience: TypeAlias = Literal["public", "internal"]
"""`internal` keeps this item out of the public privacy statement; it still appears in the internal register."""

TextList: TypeAlias = list[Text]
"""A list of texts, each a string or per language."""

LegalBasis: TypeAlias = Literal[
    "consent",
    "contract",
    "legal-obligation",
    "vital-interests",
    "public-task",
    "legitimate-interests",
]
"""Art. 6(1) GDPR legal basis."""

Event: TypeAlias = str | LangText
"""A named event from ropa's list (end-of-contract, last-visit, vacancy-closed...), one the organisation names in
`events` of organisation.yaml, or a phrase such as "het afsluiten van het dossier"."""

ProvisionRequirement: TypeAlias = Literal["statutory", "contractual", "contract-prerequisite", "voluntary"]
"""What requires the data to be provided, or `voluntary` where nothing does (Art. 13(2)(e))."""

ProvisionRequiredBy: TypeAlias = Literal["statutory", "contractual", "contract-prerequisite"]
"""What requires the data to be provided (Art. 13(2)(e))."""

Document: TypeAlias = "str | StructuredDocument"
"""A reference to an internal document (agreement, assessment, DPIA...): an identifier or link as a string, or an
object. Internal: never published."""

Law: TypeAlias = "str | LangText | StructuredLaw"
"""A statutory provision: its name and article as one text ("Wet op de loonbelasting 1964, art. 28"), or structured,
with the official identifier or address where there is one."""

Suppressions: TypeAlias = "list[Suppression]"
"""Lint findings suppressed for this item only, each with a written justification."""


# -- the kinds of file --------------------------------------------------------------------------------------------------


class Organisation(TypedDict, total=False):
    """The controller and its privacy statement (organisation.yaml at the root of a register)."""

    name: Text
    """Legal name, such as "Interconnect Services B.V.", or per language where the name itself is translated, such as
    {nl: Minister van Volksgezondheid, Welzijn en Sport, en: Minister of Health, Welfare and Sport}. Required."""

    short_name: str
    """The name the statement uses in running text, such as "Interconnect"."""

    trade_names: list[str]
    """Trade names."""

    description: Markdown
    """Who we are, for the opening of the statement."""

    language: str
    """The language of texts written as a plain string. Default: `"nl"`."""

    jurisdiction: str
    """The country whose national layer applies: supervisory authority, national law beside the GDPR, DPIA list,
    retention norms (tool/ropa/data/national/). The country of `address` when omitted."""

    bodies: list[Body]
    """Parts of the organisation that are controller of some activities themselves, such as a municipality's college
    van burgemeester en wethouders, burgemeester and gemeenteraad."""

    address: Address
    """Address: a postal or visiting address."""

    postal_address: Address
    """Postal address: a postal or visiting address."""

    email: str
    """Email."""

    phone: str
    """Phone."""

    fax: str
    """A fax number, where the statement gives one."""

    website: str
    """Website."""

    kvk: str
    """Chamber of Commerce (KvK) number, eight digits."""

    linked_data_base: str
    """Where the IRIs of the register's own things live in the JSON-LD export (`ropa export --format jsonld`), such
    as https://www.voorbeeld.nl/ropa/; the website followed by /ropa/ when omitted."""

    company_register: CompanyRegister
    """The organisation's entry in a company register other than the Dutch KvK, such as `{register: CVR, number:
    "12345678"}` (Denmark) or `{register: Handelsregister Amtsgericht München, number: HRB 123456}`."""

    registrations: list[OrganisationRegistrationsItem]
    """Other registrations that identify the organisation, printed in the statement with its company register: the
    Dutch RSIN (`{register: RSIN, number: "802560374"}`), the ICO's register of fee payers (`{register: ICO, number:
    ZB546218}`), a register of associations."""

    vat: str
    """The VAT number, where the statement gives it (in Belgium it is also the enterprise number)."""

    privacy_contact: Contact
    """Where people send privacy questions and requests, when not the general contact."""

    dpo: DPO | list[DPO]
    """The data protection officer, or one per controller (`for`)."""

    represented_by: Text
    """Who represents the organisation in law, as the statement names them ("Vertreten durch den Vorstand: ...", "de
    directeur, J. Jansen"); printed beside its contact details."""

    representative: Contact
    """Representative in the EU (Art. 27), for a controller established outside it."""

    supervisory_authority: Authority
    """The supervisory authority; the Autoriteit Persoonsgegevens when omitted."""

    public_authority: bool
    """The organisation is a public authority or body (Art. 6(1) last subparagraph, 37(1)(a))."""

    employees: int
    """Number of employees (Art. 30(5))."""

    exemption_claimed: bool
    """The organisation claims the Art. 30(5) exemption for small organisations."""

    events: dict[str, Text]
    """Events of the organisation's own that retention periods count from (`after`/`until`), by id, such as `upload:
    {nl: het uploaden, en: the upload}`."""

    defaults: Defaults
    """What applies to every controller activity, written once: recipients (such as the IT provider of the whole
    organisation) and transfers (such as to its own offices abroad)."""

    rights_limitations: list[RightsLimitation]
    """Rights limited for every activity, with the article that limits them."""

    statement: Statement
    """The privacy statement's metadata and framing text."""

    declarations: Declarations
    """What the organisation states for the whole register, where the statement would otherwise say nothing. A
    sentence such as "Wij verkopen uw gegevens niet" appears only when it is declared here (docs/statement.md lists
    every sentence and what licenses it); lint checks that no activity contradicts it."""

    rights: Rights
    """How requests to exercise rights are handled (Art. 12)."""

    sections: list[Section]
    """Extra sections of the privacy statement, in Markdown."""

    measures_summary: Markdown
    """Security in general terms, for the statement's security section."""

    transfers_summary: Markdown
    """What the statement says in general about where data are stored and transferred."""

    owner: str
    """Who keeps this register. Internal."""

    notes: Notes
    """Notes: internal notes; never published."""

    suppress: Suppressions
    """Suppress: lint findings suppressed for this item only, each with a written justification."""


class Activity(TypedDict, total=False):
    """One processing activity of the Article 30 register (activities/<id>.yaml). The schema fixes shape and types
    only; what Article 30 and Articles 13/14 require is checked by `ropa lint`."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    name: Text
    """Name of the processing activity, as the privacy statement heads it. Required."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""

    regime: Literal["gdpr", "police-data", "judicial-data"]
    """The law that governs this processing: the GDPR, or for police tasks (such as boa's of a municipality) the Wet
    politiegegevens (`police-data`, the Law Enforcement Directive), or the Wet justitiële en strafvorderlijke
    gegevens (`judicial-data`). Outside the GDPR its bases, rights and rules do not apply. Default: `"gdpr"`."""

    controller: str
    """The controller of this activity where it is not the organisation as a whole: a body of the organisation
    (`bodies` in organisation.yaml, such as the college van burgemeester en wethouders) or another party (recipients/
    of kind controller)."""

    joint_controllers: list[str]
    """The parties that are joint controllers of this activity with us (recipients/ of kind joint-controller)."""

    role: Literal["controller", "processor"]
    """`controller` for our own processing (Art. 30(1)); `processor` for processing we do on behalf of clients (the
    Art. 30(2) record). Default: `"controller"`."""

    controllers: list[Client]
    """For a processor activity, the controllers (clients) we act for (Art. 30(2)(a)). Internal."""

    client_list: ClientList
    """For a processor activity with many clients: the maintained list of client controllers and their contacts (Art.
    30(2)(a)), instead of naming each here. Internal."""

    processing_categories: TextList
    """For a processor activity, the categories of processing carried out (Art. 30(2)(b))."""

    data_subjects: list[str]
    """Ids of the data subject categories (data-subjects/)."""

    purposes: list[PurposeUse]
    """Each purpose (purposes/) with its Art. 6(1) legal basis."""

    purposes_complete: bool
    """`false`: `purposes` names only examples of what the data are used for ("onder meer", "insbesondere",
    "including"), not every purpose; the statement then says "among others", and lint asks for the rest (Art.
    5(1)(b), 13(1)(c)). Leave it out where `purposes` names every purpose."""

    bases_unpaired: list[LegalBasis]
    """The Art. 6(1) legal bases the organisation gives for this activity without saying which purpose rests on which
    ("we process your data on the basis of consent, the contract or a legal obligation"). The statement prints them
    as given, one or more of them, with no pairing it does not know, and lint asks for each purpose's own `basis`
    (Art. 13(1)(c)). Leave it out where every purpose has its `basis`."""

    bases_explained: ActivityBasesExplained
    """What the statement says of the bases in `bases_unpaired` without tying it to a purpose: the legitimate
    interest pursued, the law that sets the obligation, the public task, how consent is given and withdrawn. Printed
    beside those bases as the purposes' own explanations are."""

    data: list[DataUse]
    """Each data category (data-categories/) with its retention."""

    data_complete: bool
    """`false`: `data` names only examples of the data the activity processes ("onder andere", "insbesondere",
    "including", "principales"), not every category; the statement then says "among others", and lint asks for the
    rest (Art. 13/14, 30(1)(c)). Leave it out where `data` names every category."""

    sources: list[Source]
    """Where the data come from (Art. 14(2)(f))."""

    provision: Provision
    """Whether providing the data is a statutory or contractual requirement or needed to enter a contract, and what
    happens if the person does not (Art. 13(2)(e))."""

    recipients: list[RecipientUse]
    """Recipients, processors and other parties (recipients/) the data go to."""

    recipients_complete: bool
    """`false`: `recipients` names only examples of those the data go to ("such as ...", "z. B. ... usw."), not all
    of them; the statement then says "among others", and lint asks for the rest (Art. 13(1)(e), 30(1)(d)). Leave it
    out where `recipients` names every recipient or category of recipients."""

    transfers: list[Transfer]
    """Transfers to a country outside the EEA or an international organisation (Chapter V)."""

    transfers_complete: bool
    """`false`: `transfers` names only examples of the countries or organisations the data go to ("such as the United
    States", "u. a. in die USA"), not all of them; the statement then says "among others", and lint asks for the rest
    (Art. 13(1)(f), 30(1)(e)). Leave it out where `transfers` names every transfer."""

    measures: list[str]
    """Ids of security measures (measures/) that apply to this activity beyond the organisation-wide ones."""

    automated_decisions: AutomatedDecisions
    """Automated decision-making including profiling (Art. 22, 13(2)(f))."""

    dpia: DPIA
    """Data protection impact assessment (Art. 35). Internal."""

    works_council: WorksCouncil
    """The works council's consent to a rule on monitoring staff or processing their data (Dutch Wet op de
    ondernemingsraden art. 27(1)(k), (l)). Internal."""

    cookies: list[Cookie]
    """Cookies and similar technologies this activity uses."""

    owner: str
    """Who is responsible for this activity. Internal."""

    rights_requests: RightsRequests
    """For a processor activity: where people can exercise their rights. The client is the controller; the statement
    says exactly what is given here."""

    rights_limitations: list[RightsLimitation]
    """Rights that do not apply, or apply only in part, to this activity beyond what its legal bases decide, with the
    article that limits them (Art. 11, Art. 23 with the national law, Art. 89)."""

    review: Review
    """When this activity was last reviewed. Internal."""

    systems: list[System]
    """Systems and storage locations. Internal."""

    notes: Notes
    """Notes: internal notes; never published."""

    suppress: Suppressions
    """Suppress: lint findings suppressed for this item only, each with a written justification."""


class Purpose(TypedDict, total=False):
    """A purpose of processing (purposes/<id>.yaml), reusable across activities."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    name: Text
    """Name: text in the register's default language, or per language as `{nl: ..., en: ...}`. Required."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    channels: list[Literal["email", "sms", "phone", "post", "push", "messaging", "social-media", "in-person"]]
    """How people are contacted for this purpose: electronic messages need consent or a customer relationship
    (Telecommunicatiewet art. 11.7)."""

    direct_marketing: bool
    """The purpose is direct marketing: an objection always ends it (Art. 21(2)-(3)), and the statement says so."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""

    notes: Notes
    """Notes: internal notes; never published."""

    suppress: Suppressions
    """Suppress: lint findings suppressed for this item only, each with a written justification."""


class DataCategory(TypedDict, total=False):
    """A category of personal data (data-categories/<id>.yaml), reusable across activities."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    name: Text
    """Name: text in the register's default language, or per language as `{nl: ..., en: ...}`. Required."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    items: TextList
    """What the category holds, such as "voornaam, achternaam, handtekening"."""

    items_complete: bool
    """`false`: `items` names only examples of what the category holds ("such as", "zoals", "z. B.", "notamment"),
    not all of it; the statement then prints them as examples, and lint asks for the rest (Art. 13(1), 14(1)(d),
    30(1)(c)). Leave it out where `items` names everything the category holds."""

    special: Literal[
        "racial-ethnic-origin",
        "political-opinions",
        "religious-philosophical-beliefs",
        "trade-union-membership",
        "genetic",
        "biometric",
        "health",
        "sex-life-orientation",
    ]
    """The special category of Art. 9(1) GDPR this data falls under."""

    criminal: bool
    """Personal data relating to criminal convictions and offences (Art. 10), such as a VOG."""

    bsn: bool
    """The citizen service number (BSN) or another national identification number (Art. 87, UAVG art. 46)."""

    highly_personal: bool
    """Data of a highly personal nature though not a special category, such as location, financial or communication
    data (WP248 criterion 4)."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""

    notes: Notes
    """Notes: internal notes; never published."""

    suppress: Suppressions
    """Suppress: lint findings suppressed for this item only, each with a written justification."""


class DataSubject(TypedDict, total=False):
    """A category of data subjects (data-subjects/<id>.yaml), such as customers or job applicants."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    name: Text
    """Name: text in the register's default language, or per language as `{nl: ..., en: ...}`. Required."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    vulnerable: bool
    """Vulnerable people, such as employees, patients or the elderly (WP248)."""

    children: bool
    """The category includes children under 16."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""

    notes: Notes
    """Notes: internal notes; never published."""

    suppress: Suppressions
    """Suppress: lint findings suppressed for this item only, each with a written justification."""


class Recipient(TypedDict, total=False):
    """A recipient of personal data (recipients/<id>.yaml): a processor, sub-processor, joint controller, independent
    third party, authority or internal department, named or as a category."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    name: str
    """The party's name; published only when `public_name` is true."""

    public_name: bool
    """The name may appear in the public privacy statement. Default: `false`."""

    category: Text
    """The category of recipient the statement names, such as "IT-dienstverleners"."""

    kind: Literal[
        "processor",
        "sub-processor",
        "joint-controller",
        "controller",
        "third-party",
        "authority",
        "chain-partner",
        "internal",
        "public",
    ]
    """The party's role; leave it out where the statement does not say (lint asks): a guess would decide which checks
    apply. `third-party`: a party that receives the data for its own purposes, a controller in its own right (a
    carrier, an insurer, an advertising platform for its own ads); `controller`: the controller of an activity we
    describe (`controller` of the activity); `chain-partner`: a partner in a chain of public tasks, under a covenant
    or a statutory duty to provide; `public`: anyone, where data are published (on a website, a social-media page, a
    public list)."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    country: str
    """Where the party processes the data."""

    countries: list[str]
    """Where the party processes the data, where that is in several countries (joint controllers of several member
    states, say)."""

    website: str
    """Website."""

    privacy_policy: str
    """The party's own privacy notice; the statement links it beside the party where its name is public
    (`public_name: true`)."""

    contact: Contact
    """Contact: how to reach a person, role or department."""

    agreement: Document
    """The processing agreement (verwerkersovereenkomst, Art. 28(3)). Internal."""

    legal_act: Law
    """The law or other legal act that binds a processor to us instead of a contract (Art. 28(3)), as for a public
    body or an EU institution processing on our behalf by law."""

    arrangement: Arrangement
    """For a joint controller, the arrangement (Art. 26)."""

    processor_of: str
    """For a sub-processor, the processor that engaged it."""

    sub_processors: list[str]
    """Ids of the sub-processors this processor engages."""

    dpf_certified: bool
    """Certified under the EU-US Data Privacy Framework (for a controller in Switzerland the Swiss-US one, in the
    United Kingdom the UK Extension)."""

    group_company: bool
    """The party belongs to our group of undertakings (Art. 4(19)), so that the group's binding corporate rules can
    cover transfers to it."""

    certifications: list[str]
    """Certifications."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""

    notes: Notes
    """Notes: internal notes; never published."""

    suppress: Suppressions
    """Suppress: lint findings suppressed for this item only, each with a written justification."""


class Measure(TypedDict, total=False):
    """A technical or organisational security measure or a certification (measures/<id>.yaml), Art. 32."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    name: Text
    """Name: text in the register's default language, or per language as `{nl: ..., en: ...}`. Required."""

    kind: Literal["technical", "organisational", "physical", "certification"]
    """Kind."""

    description: Text
    """The measure in general terms, as the statement may give it."""

    details: InternalText
    """Specifics an attacker should not read. Internal."""

    organisation_wide: bool
    """The measure applies to every activity. Default: `false`."""

    certification: Certification
    """Certification."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""

    notes: Notes
    """Notes: internal notes; never published."""

    suppress: Suppressions
    """Suppress: lint findings suppressed for this item only, each with a written justification."""


# -- objects first found in organisation.yaml --------------------------------------------------------------------------


class Body(TypedDict, total=False):
    """A part of the organisation that is the controller of some activities itself. In ``Organisation.bodies``."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    name: Text
    """Name: text in the register's default language, or per language as `{nl: ..., en: ...}`. Required."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""


class Address(TypedDict, total=False):
    """A postal or visiting address. In ``Organisation.address``, ``Organisation.postal_address``,
    ``Contact.address``, ``DPO.address``, ``Authority.address``."""

    street: str
    """Street and number, with floor or suite where needed."""

    po_box: str
    """Postbus (P.O. box) number."""

    postal_code: str
    """Postal code."""

    city: str
    """City."""

    region: str
    """Region."""

    country: str
    """Country: iSO 3166-1 alpha-2 country code, such as NL, US or NO (Norway)."""

    attention: Text
    """For the attention of (t.a.v.), such as "de Privacy Officer" or {nl: het Privacyteam, en: the privacy team}."""


class CompanyRegister(TypedDict, total=False):
    """The organisation's entry in a company register other than the Dutch KvK, such as `{register: CVR, number:
    "12345678"}` (Denmark) or `{register: Handelsregister Amtsgericht München, number: HRB 123456}`. In
    ``Organisation.company_register``."""

    register: str
    """Register. Required."""

    number: str
    """Number. Required."""


class OrganisationRegistrationsItem(TypedDict, total=False):
    """The `OrganisationRegistrationsItem` object of the schemas. In ``Organisation.registrations``."""

    register: str
    """Register. Required."""

    number: str
    """Number. Required."""


class Contact(TypedDict, total=False):
    """How to reach a person, role or department. In ``Organisation.privacy_contact``,
    ``Organisation.representative``, ``Client.contact``, ``Client.representative``, ``Client.dpo``,
    ``Recipient.contact``."""

    name: str
    """Name of the person, role or department."""

    role: Text
    """Role: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    email: str
    """Email."""

    phone: str
    """Phone."""

    fax: str
    """Fax."""

    address: Address
    """Address: a postal or visiting address."""

    website: str
    """Website."""

    form: str
    """A web form for questions or requests."""

    note: Text
    """Note: text in the register's default language, or per language as `{nl: ..., en: ...}`."""


class StructuredDocument(TypedDict, total=False):
    """An internal document as a mapping: its reference, dates and where it is kept. In ``Document``."""

    reference: str
    """Reference."""

    title: str
    """Title."""

    date: str
    """Date: a calendar date, YYYY-MM-DD."""

    expires: str
    """Expires: a calendar date, YYYY-MM-DD."""

    location: str
    """Where the document is kept (system, folder, link)."""

    url: str
    """URL."""

    note: str
    """Note."""


class Authority(TypedDict, total=False):
    """The supervisory authority; the Autoriteit Persoonsgegevens when omitted. In
    ``Organisation.supervisory_authority``."""

    name: Text
    """Name: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    website: str
    """Website."""

    complaint_url: str
    """Complaint URL."""

    email: str
    """Email."""

    phone: str
    """Phone."""

    address: Address
    """Address: a postal or visiting address."""


class Defaults(TypedDict, total=False):
    """What applies to every controller activity, written once: recipients (such as the IT provider of the whole
    organisation) and transfers (such as to its own offices abroad). In ``Organisation.defaults``."""

    recipients: list[RecipientUse]
    """Recipients."""

    transfers: list[Transfer]
    """Transfers."""


class RecipientUse(TypedDict, total=False):
    """A recipient (recipients/) the data go to, with what it does with them and on which grounds. In
    ``Defaults.recipients``, ``Activity.recipients``."""

    recipient: str
    """Id of a definition in recipients/. Required."""

    purpose: Text
    """What the recipient does with the data."""

    grounds: Text
    """Why the data may be provided to this recipient where that is not our legal basis itself, such as a covenant
    with chain partners or a statutory duty to provide."""

    law: Law
    """The provision that obliges or allows the provision to this recipient."""

    authorisation: Literal["specific", "general"]
    """For a sub-processor in a processor activity: the client's prior written authorisation (Art. 28(2)), for this
    sub-processor (`specific`) or general, with notice of changes and a right to object."""

    categories: list[str]
    """The data categories it receives; all when omitted."""

    note: Notes
    """Note: internal notes; never published."""


class StructuredLaw(TypedDict, total=False):
    """A statutory provision as a mapping: its title, article, paragraph, point and where it is published. In
    ``Law``."""

    title: Text
    """The name of the law or regulation, such as "Gemeentewet" or "Algemene verordening gegevensbescherming".
    Required."""

    article: str
    """The article, such as "160" or "6"."""

    paragraph: str
    """The paragraph (lid, Absatz), such as "1"."""

    point: str
    """The point (sub, onderdeel, Buchstabe), such as "e"."""

    bwb: str
    """The identifier in the Dutch Basiswettenbestand, such as BWBR0005416 (wetten.overheid.nl)."""

    url: str
    """Where the text of the provision is published."""

    description: Text
    """What the provision requires or allows, in the statement's words."""


class Transfer(TypedDict, total=False):
    """A transfer to a country outside the EEA or an international organisation, with its mechanisms. In
    ``Defaults.transfers``, ``Client.transfers``, ``Activity.transfers``."""

    recipient: str
    """Id of a definition in recipients/."""

    description: Text
    """Who receives the data, where no single recipient can be named."""

    country: str
    """Country: iSO 3166-1 alpha-2 country code, such as NL, US or NO (Norway)."""

    countries: list[str]
    """The countries, where the data go to several."""

    organisation: Text
    """The international organisation receiving the data, instead of a country."""

    mechanisms: list[Mechanism]
    """Mechanisms."""

    mechanism_description: Text
    """The mechanism in the statement's own words, where it is `other` or needs explaining."""

    occasional: bool
    """The transfer is occasional (a one-off booking abroad, say), as a derogation of Art. 49(1)(a)-(c) requires;
    lint asks for a mechanism of Art. 45-47 where a derogation carries a recurring transfer."""

    safeguards: Text
    """The safeguards, such as supplementary measures; required for a compelling-legitimate-interests transfer (Art.
    49(6), 30(1)(e))."""

    copy: Text
    """How a person can obtain a copy of the safeguards (Art. 13(1)(f))."""

    assessment: Document
    """The transfer impact assessment (TIA). Internal."""

    categories: list[str]
    """Ids of definitions in data-categories/."""

    note: Notes
    """Note: internal notes; never published."""


class RightsLimitation(TypedDict, total=False):
    """Rights that do not apply or apply only in part, with the article that limits them. In
    ``Organisation.rights_limitations``, ``Activity.rights_limitations``."""

    rights: list[Literal["access", "rectification", "erasure", "restriction", "portability", "objection", "automated"]]
    """Rights. Required."""

    article: Law
    """The article that limits the rights, such as "AVG art. 11" or "UAVG art. 41"; without it the right is simply
    not offered, and lint asks on which ground."""

    explanation: Text
    """Why, in the words the statement uses."""


class Statement(TypedDict, total=False):
    """The privacy statement's metadata and framing text. In ``Organisation.statement``."""

    title: Text
    """Title: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    version: str
    """Version."""

    effective: str
    """The date from which this version applies."""

    updated: str
    """The date of the last change, or the month (YYYY-MM) where the statement gives only that."""

    languages: list[str]
    """Languages the statement is published in; the first is the default."""

    scope: Markdown
    """What the statement applies to, such as "alle websites en diensten"."""

    intro: Markdown
    """Intro: markdown text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    changes: Markdown
    """How changes to the statement are announced."""

    url: str
    """Where the statement is published."""

    publish_register: bool
    """Publish the register of processing activities beside the statement, as Dutch municipalities do: a page per
    language with every activity in the register's columns and a CSV download, without anything internal. Default:
    `false`."""

    address_form: Literal["u", "je", "du", "tu"]
    """How the statement addresses the reader: formally (`u`: Dutch u, German Sie, French vous; the default) or
    informally (`je`, `du` or `tu`, the same choice: Dutch je, German du and French tu, in each language of the
    statement that has the form). Default: `"u"`."""

    cookie_statement: Text
    """Where the details of the cookies (names, lifetimes) are published, where that is a separate cookie statement:
    its name, with its address if it has one. The statement refers to it, and lint does not ask for those details
    here."""

    other_statements: list[StatementOtherStatementsItem]
    """The organisation's other statements that cover what this one does not (the website's own privacy page beside
    an app's or a study's statement, the general statement a project's statement adds to): the statement names them,
    and lint does not ask here for what they cover (a website's visits and cookies)."""

    activities: list[str]
    """The order of the activities in the statement; activities not listed follow in the order of their names."""


class StatementOtherStatementsItem(TypedDict, total=False):
    """The `StatementOtherStatementsItem` object of the schemas. In ``Statement.other_statements``."""

    title: Text
    """Title: text in the register's default language, or per language as `{nl: ..., en: ...}`. Required."""

    url: str
    """URL."""

    covers: Text
    """What it covers, in a few words ("onze website en de cookies daarop")."""


class Declarations(TypedDict, total=False):
    """What the organisation states for the whole register, where the statement would otherwise say nothing. A
    sentence such as "Wij verkopen uw gegevens niet" appears only when it is declared here (docs/statement.md lists
    every sentence and what licenses it); lint checks that no activity contradicts it. In
    ``Organisation.declarations``."""

    sells_data: bool
    """`false`: personal data are not sold; the statement says so."""

    automated_decisions: bool
    """`false`: no activity takes decisions based solely on automated processing, including profiling, with legal or
    similarly significant effects (Art. 22); the statement says so."""

    transfers_outside_eea: bool
    """`false`: no personal data are transferred outside the EEA; the statement says so. For a controller in a
    country with its own layer outside the EEA (the United Kingdom, Switzerland) it means no transfer out of that
    country, which is what the statement then says: data sent from the United Kingdom to the EEA are a transfer, so a
    UK statement's "no data outside the EEA" is not this declaration."""

    cookies: bool
    """`false`: no cookies or similar technologies are placed on or read from people's devices, by the organisation
    or by others on its websites and apps (ePrivacy Directive art. 5(3)); the statement says so."""

    special_categories: bool
    """`false`: no special categories of personal data (Art. 9) and no data on criminal convictions (Art. 10) are
    processed; the statement says so, and lint checks that no activity uses them."""

    dpo: bool
    """`false`: no data protection officer is designated; the statement says so (lint still asks for one where Art.
    37(1) requires it)."""

    third_parties: bool
    """`false`: personal data go to no third party, only to processors working for the organisation and to bodies the
    law obliges it to give them to ("Wij verstrekken uw gegevens niet aan derden"); the statement says so, and lint
    checks that no activity names a third party, another controller, a joint controller, a chain partner or the
    public as recipient."""

    processor_agreements: bool
    """`true`: every processor works under a processing agreement (Art. 28(3)) whose reference the register does not
    keep; the statement says so, and lint does not ask each processor for its `agreement`."""


class Rights(TypedDict, total=False):
    """How requests to exercise rights are handled (Art. 12). In ``Organisation.rights``."""

    channels: list[Channel]
    """Channels."""

    identification: Text
    """What a person is asked for to identify themselves."""

    response_time: str
    """The time within which requests are answered, such as P1M or P4W."""

    extension: bool
    """Requests may take two further months where they are complex or numerous (Art. 12(3)); the statement says so
    only when this is true."""

    text: Markdown
    """The organisation's own text about the rights; it replaces ropa's list of rights, its objection notice and its
    text on withdrawing consent (lint then asks for `objection` where the right to object must be brought to
    attention separately, Art. 21(4))."""

    objection: Markdown
    """The organisation's own notice of the right to object (Art. 21(4)); replaces ropa's."""

    withdrawal: Markdown
    """The organisation's own text on withdrawing consent (Art. 7(3)); replaces ropa's."""

    complaints: Markdown
    """How complaints to the organisation itself are handled."""

    authority_complaint: Markdown
    """The organisation's own text on complaining to the supervisory authority (Art. 13(2)(d)); replaces ropa's."""

    note: Markdown
    """A remark printed after how to exercise the rights."""


class Channel(TypedDict, total=False):
    """A way to send a request to exercise a right (e-mail, post, a form ...). In ``Rights.channels``."""

    kind: Literal["email", "post", "phone", "form", "portal", "in-person"]
    """How the request is sent: `email`, `post` (a letter), `phone`, `form` (a form on the web, printed as
    "webformulier"; its link in `value`), `portal` (an account to log in to) or `in-person` (at the desk or by
    appointment). A paper form sent by post is `post`. Required."""

    value: str
    """The address, number or link."""

    note: Text
    """Note: text in the register's default language, or per language as `{nl: ..., en: ...}`."""


class Section(TypedDict, total=False):
    """An extra section of the privacy statement, in Markdown. In ``Organisation.sections``."""

    id: str
    """Id: identifier; must equal the file name without `.yaml`. Required."""

    title: Text
    """Title: text in the register's default language, or per language as `{nl: ..., en: ...}`. Required."""

    body: Markdown
    """Body: markdown text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    after: Literal[
        "start",
        "who",
        "processing",
        "processor",
        "recipients",
        "transfers",
        "automated",
        "cookies",
        "security",
        "rights",
        "complaints",
    ]
    """The section of the statement this one follows (`start`: before all others); at the end, before the changes to
    the statement, when omitted."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""


class Suppression(TypedDict, total=False):
    """A lint finding suppressed for one item, with a written justification. In ``Suppressions``."""

    rule: str
    """Rule. Required."""

    reason: str
    """Why this finding does not apply; shown on the internal site. Required."""


DPO = TypedDict(
    "DPO",
    {
        # Name.
        "name": str,
        # Email.
        "email": str,
        # Phone.
        "phone": str,
        # Fax.
        "fax": str,
        # Address: a postal or visiting address.
        "address": "Address",
        # Website.
        "website": str,
        # A web form for questions to the DPO.
        "form": str,
        # The bodies (`bodies`) this DPO serves, where the organisation has one per controller.
        "for": list[str],
        # The DPO is an external party.
        "external": bool,
        # The appointment is registered with the supervisory authority.
        "registered": bool,
        # Registration: a reference to an internal document (agreement, assessment, DPIA...): an identifier or link as a
        # string, or an object. Internal: never published.
        "registration": Document,
    },
    total=False,
)
"""The data protection officer (functionaris gegevensbescherming, FG). In ``Organisation.dpo``."""


# -- objects first found in activities/ --------------------------------------------------------------------------------


class Client(TypedDict, total=False):
    """A controller (client) a processor activity acts for. In ``Activity.controllers``."""

    name: Text
    """The controller we act for, or the category of clients."""

    contact: Contact
    """Contact: how to reach a person, role or department."""

    representative: Contact
    """Representative: how to reach a person, role or department."""

    dpo: Contact
    """DPO: how to reach a person, role or department."""

    agreement: Document
    """Our processing agreement with this controller. Internal."""

    processing: TextList
    """The categories of processing carried out for this controller."""

    categories: list[str]
    """The data categories processed for this controller, where not all of the activity's."""

    transfers: list[Transfer]
    """Transfers to third countries made for this controller (Art. 30(2)(c))."""

    measures: list[str]
    """Measures agreed with this controller beyond the activity's (Art. 30(2)(d))."""


class ClientList(TypedDict, total=False):
    """For a processor activity with many clients: the maintained list of client controllers and their contacts (Art.
    30(2)(a)), instead of naming each here. Internal. In ``Activity.client_list``."""

    document: Document
    """Document: a reference to an internal document (agreement, assessment, DPIA...): an identifier or link as a
    string, or an object. Internal: never published."""

    count: int
    """Count."""

    description: InternalText
    """Description: internal text; never published."""


class PurposeUse(TypedDict, total=False):
    """A purpose (purposes/) of an activity with its Art. 6(1) legal basis. In ``Activity.purposes``."""

    purpose: str
    """Id of a definition in purposes/. Required."""

    basis: LegalBasis | list[LegalBasis]
    """The Art. 6(1) legal basis, or a list where the statement names more than one."""

    when: Text
    """The circumstance in which this basis applies, such as "als u klant bent"."""

    legitimate_interest: Text
    """The legitimate interest pursued (Art. 13(1)(d)), where that is the basis."""

    assessment: Document
    """The legitimate interests assessment (LIA). Internal."""

    law: Law
    """The law that sets the obligation or task, where that is the basis (Art. 6(3))."""

    task: Text
    """The public task or official authority, in the statement's words, where that is the basis."""

    consent: Consent
    """How consent is given and withdrawn, where consent is the basis."""

    note: Notes
    """Note: internal notes; never published."""


class Consent(TypedDict, total=False):
    """How consent is given and withdrawn, where consent is the basis. In ``PurposeUse.consent``,
    ``ActivityBasesExplained.consent``, ``SpecialCondition.consent``."""

    how_given: Text
    """How given: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    how_withdrawn: Text
    """How withdrawn: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    record: InternalText
    """Where consent is recorded. Internal."""

    parental: bool | int
    """Consent of a parent or guardian is sought for children: true for those under the age the national law sets (in
    the Netherlands 16, UAVG art. 5), or the age below which the organisation asks a parent, where it asks above that
    age (18, say)."""


class ActivityBasesExplained(TypedDict, total=False):
    """What the statement says of the bases in `bases_unpaired` without tying it to a purpose: the legitimate
    interest pursued, the law that sets the obligation, the public task, how consent is given and withdrawn. Printed
    beside those bases as the purposes' own explanations are. In ``Activity.bases_explained``."""

    legitimate_interest: Text
    """The legitimate interest pursued (Art. 13(1)(d))."""

    law: Law
    """The law that sets the obligation or task (Art. 6(3))."""

    task: Text
    """The public task or official authority, in the statement's words."""

    consent: Consent
    """How consent is given and withdrawn, where consent is the basis."""


class DataUse(TypedDict, total=False):
    """A data category (data-categories/) of an activity with its retention and the conditions for it. In
    ``Activity.data``."""

    category: str
    """Id of a definition in data-categories/. Required."""

    retention: Retention | list[Retention]
    """How long the data are kept; one rule, or several with their conditions."""

    special_condition: SpecialCondition
    """Art. 9(2) GDPR exception for special categories of data, with the UAVG article."""

    criminal_basis: StatutoryBasis
    """Art. 10 GDPR / UAVG art. 31-33 basis for criminal-conviction data."""

    bsn_basis: StatutoryBasis
    """The statutory basis for processing the BSN (UAVG art. 46)."""

    provision: Provision
    """Whether providing the data is a statutory or contractual requirement or needed to enter a contract, and what
    happens if the person does not (Art. 13(2)(e))."""

    pseudonymised: bool
    """The data are pseudonymised before this processing (they remain personal data)."""

    on_device: bool
    """The data stay on the person's own device and never reach us; the statement says so instead of how long we keep
    them."""

    kept_by: str
    """The data go straight to this recipient, which keeps them under its own terms, and never to us (card details
    typed into a payment provider's own page, say); the statement says so instead of how long we keep them."""

    deletable_by_subject: bool
    """The person can delete these data themselves at any moment (in an app or account)."""

    only_if_necessary: bool
    """These data are processed only where needed in the individual case."""

    necessity: InternalText
    """Why these data are needed for the purposes (Art. 5(1)(c)) where that is not evident, such as a child's
    nationality or marital status. Internal."""

    note: Notes
    """Note: internal notes; never published."""


class Retention(TypedDict, total=False):
    """A retention rule: how long data are kept, from which event, under which law or criteria. In
    ``DataUse.retention``."""

    stored: bool
    """false where the data are used only as they pass and never stored ("IP-adressen worden niet opgeslagen": a
    server answers the request and keeps no log); a rule that says so needs no period."""

    period: str
    """Period: an ISO 8601 period of years, months, weeks, days or hours, such as P4W, P6M, P7Y or PT24H."""

    bound: Literal["at-most", "at-least"]
    """The period is a maximum ("ten hoogste 3 jaar") or a minimum ("ten minste 7 jaar"), as the statement says;
    exact when omitted. A minimum alone does not say when the data are deleted (lint asks)."""

    after: Event
    """The event the period counts from; without a period, the data are kept until it."""

    until: Event
    """Kept until this event (no fixed period)."""

    when: Text
    """The condition under which this rule applies, such as "als u niet wordt aangenomen"."""

    consent: bool
    """This rule applies only with the person's consent."""

    action: Literal["erase", "anonymise", "erase-or-anonymise", "restrict"]
    """What happens at the end of the period: erase (when omitted), anonymise, erase-or-anonymise where the statement
    says either may happen ("verwijderd of geanonimiseerd"), or restrict where the data are then kept but no longer
    used ("gesperrt", "beperkt", Art. 18) until another rule of the same data erases them. Default: `"erase"`."""

    law: Law
    """The law that fixes the period, such as "fiscale bewaarplicht (AWR art. 52)"."""

    permanent: bool
    """Kept permanently (blijvend te bewaren), such as archives of a public body under the Archiefwet; give `archive`
    with the selection list."""

    archive: Archive
    """Retention under an archives law, such as a selectielijst under the Archiefwet 1995."""

    criteria: Text
    """The criteria that set the period where no period can be given."""

    note: Notes
    """Note: internal notes; never published."""


class Archive(TypedDict, total=False):
    """Retention under an archives law, such as a selectielijst under the Archiefwet 1995. In ``Retention.archive``."""

    selection_list: Text
    """The selection list, such as "Selectielijst gemeenten en intergemeentelijke organen 2020"."""

    category: str
    """The category (process) in the list, such as "1.1.2"."""

    transfer: str
    """When permanently kept records go to the archive repository, such as P20Y."""


class SpecialCondition(TypedDict, total=False):
    """Art. 9(2) GDPR exception for special categories of data, with the UAVG article. In
    ``DataUse.special_condition``."""

    condition: Literal[
        "explicit-consent",
        "employment-social-security",
        "vital-interests",
        "non-profit-body",
        "manifestly-public",
        "legal-claims",
        "substantial-public-interest",
        "health-social-care",
        "public-health",
        "archiving-research-statistics",
    ]
    """Condition."""

    uavg: str
    """The UAVG article relied on, such as "art. 29"."""

    law: str
    """The provision of national law relied on beside the Art. 9(2) ground, in any country, such as "§ 22 BDSG"
    (Germany) or "art. 30 lid 3 UAVG" (the Netherlands, where `uavg` also serves)."""

    explanation: Text
    """Explanation: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    consent: Consent
    """How explicit consent is given and withdrawn, where that is the condition."""


class StatutoryBasis(TypedDict, total=False):
    """A statutory basis: the law and article, with an explanation. In ``DataUse.criminal_basis``,
    ``DataUse.bsn_basis``."""

    law: Law
    """The law and article, such as "Wet op de loonbelasting 1964, art. 28"."""

    explanation: Text
    """Explanation: text in the register's default language, or per language as `{nl: ..., en: ...}`."""


class Provision(TypedDict, total=False):
    """Whether providing the data is a statutory or contractual requirement or needed to enter a contract, and what
    happens if the person does not (Art. 13(2)(e)). In ``DataUse.provision``, ``Activity.provision``."""

    requirement: ProvisionRequirement | list[ProvisionRequiredBy]
    """What makes providing the data required, or `voluntary`; a list where the statement names more than one
    ("needed for the contract and required by law": [contractual, statutory])."""

    obliged: bool
    """The person is obliged to provide the data."""

    consequence: Text
    """Consequence: text in the register's default language, or per language as `{nl: ..., en: ...}`."""


class Source(TypedDict, total=False):
    """Where the data come from (Art. 14(2)(f)). In ``Activity.sources``."""

    kind: Literal[
        "data-subject",
        "observed",
        "observed-service",
        "observed-device",
        "observed-premises",
        "derived",
        "third-party",
        "public",
        "reused",
    ]
    """From the person (data-subject); observed by us (observed), while they use our services (observed-service),
    from their devices or the signals those send (observed-device), or at our premises, such as by cameras or access
    control (observed-premises); created by us from other data such as a customer number or a score (derived); from a
    third party (name it in `party`); from public sources; or from another processing of our own (reused: name it in
    `activity`). Required."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    party: str
    """The party (recipients/) the data come from."""

    activity: str
    """For reused data, the activity of ours they were collected for (Art. 6(4))."""

    compatibility: Document
    """For reused data, the assessment that the new purpose is compatible with the original (Art. 6(4)). Internal."""

    categories: list[str]
    """The data categories this source supplies; all when omitted."""


class AutomatedDecisions(TypedDict, total=False):
    """Automated decision-making including profiling (Art. 22, 13(2)(f)). In ``Activity.automated_decisions``."""

    present: bool
    """Present."""

    profiling: bool
    """Profiling."""

    logic: Text
    """Logic: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    consequences: Text
    """Consequences: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    safeguards: Text
    """Human intervention and how to contest a decision (Art. 22(3))."""

    exception: Literal["contract", "law", "explicit-consent"]
    """The Art. 22(2) exception relied on."""


class DPIA(TypedDict, total=False):
    """Data protection impact assessment (Art. 35). Internal. In ``Activity.dpia``."""

    required: bool
    """Required."""

    reason: str
    """Reason."""

    document: Document
    """Document: a reference to an internal document (agreement, assessment, DPIA...): an identifier or link as a
    string, or an object. Internal: never published."""

    date: str
    """Date: a calendar date, YYYY-MM-DD."""

    outcome: str
    """Outcome."""

    prior_consultation: bool
    """The AP was consulted under Art. 36."""

    criteria: list[
        Literal[
            "evaluation-scoring",
            "automated-decision",
            "systematic-monitoring",
            "sensitive-data",
            "large-scale",
            "matching-datasets",
            "vulnerable-subjects",
            "innovative-technology",
            "prevents-rights",
        ],
    ]
    """The WP248 criteria this processing meets beyond those ropa derives itself (sensitive data, vulnerable
    subjects, automated decisions, profiling); two or more presume a DPIA."""

    ap_list: list[int]
    """Items of the AP's list of processing that always needs a DPIA (Staatscourant 2019, 64418) that this processing
    falls under, by number 1-17."""


class WorksCouncil(TypedDict, total=False):
    """The works council's consent to a rule on monitoring staff or processing their data (Dutch Wet op de
    ondernemingsraden art. 27(1)(k), (l)). Internal. In ``Activity.works_council``."""

    consent: bool
    """The works council consented (`true`), or has not (`false`)."""

    date: str
    """Date: a calendar date, YYYY-MM-DD."""

    document: Document
    """Document: a reference to an internal document (agreement, assessment, DPIA...): an identifier or link as a
    string, or an object. Internal: never published."""

    not_required: InternalText
    """Why no consent is needed, such as "geen ondernemingsraad (minder dan 50 medewerkers)"."""


class Cookie(TypedDict, total=False):
    """A cookie or similar technology that an activity places or reads. In ``Activity.cookies``."""

    name: str
    """The cookie's name, such as _ga."""

    technology: Literal["cookie", "local-storage", "pixel", "sdk", "fingerprinting", "other"]
    """Technology. Default: `"cookie"`."""

    provider: str
    """The party that places or reads it; leave it out for our own cookie (with `first_party: true`) or where the
    statement does not say (the statement then says it is not stated)."""

    first_party: bool
    """Our own cookie, placed and read by us alone; the statement names us as its provider."""

    purpose: Text
    """Purpose: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    kind: Literal["functional", "preferences", "analytics", "marketing", "tracking", "unclassified"]
    """functional: strictly necessary for what the person asked for (a session, a basket, a login; the statement says
    "technisch notwendig" in German); preferences: remembers a person's choices (a language, a pre-filled form),
    whatever the statement's own heading calls it ("Funktionelle Cookies"); analytics: measures use of the site;
    marketing: advertising; tracking: follows people across sites or services; unclassified: the statement does not
    say."""

    lifetime: str | Literal["session"] | Literal["until-deleted"]
    """An ISO 8601 period such as P13M or PT30M; `session` (gone when the browser closes); or `until-deleted`, where
    it stays on the device with no end of its own until the person deletes it (logging out, clearing the browser's
    data), as local storage does."""

    consent: bool
    """Placed or read only after consent."""

    audience: Audience
    """Audience: `internal` keeps this item out of the public privacy statement; it still appears in the internal
    register."""


class RightsRequests(TypedDict, total=False):
    """For a processor activity: where people can exercise their rights. The client is the controller; the statement
    says exactly what is given here. In ``Activity.rights_requests``."""

    via: list[Literal["controller", "us"]]
    """`controller`: the client; `us`: the organisation, as processor, too."""

    forwarding: bool
    """Requests that reach us are forwarded to the client."""

    description: Text
    """Description: text in the register's default language, or per language as `{nl: ..., en: ...}`."""


class Review(TypedDict, total=False):
    """When this activity was last reviewed. Internal. In ``Activity.review``."""

    last: str
    """Last: a calendar date, YYYY-MM-DD."""

    interval: str
    """Interval: an ISO 8601 period of years, months, weeks, days or hours, such as P4W, P6M, P7Y or PT24H."""

    by: str
    """By."""


class System(TypedDict, total=False):
    """A system or storage location of an activity. In ``Activity.systems``."""

    name: str
    """Name. Required."""

    location: str
    """Where the data are stored, such as "Azure West Europe (NL)"."""

    country: str
    """Country: iSO 3166-1 alpha-2 country code, such as NL, US or NO (Norway)."""

    note: str
    """Note."""


# -- objects first found in recipients/ --------------------------------------------------------------------------------


class Arrangement(TypedDict, total=False):
    """For a joint controller, the arrangement (Art. 26). In ``Recipient.arrangement``."""

    summary: Text
    """The essence of the arrangement, made available to the data subject (Art. 26(2))."""

    contact_point: Text
    """Where people can exercise their rights with the joint controllers (Art. 26(1)), such as "de GGD van uw regio"."""

    document: Document
    """Document: a reference to an internal document (agreement, assessment, DPIA...): an identifier or link as a
    string, or an object. Internal: never published."""


# -- objects first found in measures/ ----------------------------------------------------------------------------------


class Certification(TypedDict, total=False):
    """The certificate of a measure: its standard, scope, issuer and validity. In ``Measure.certification``."""

    standard: str
    """Such as "ISO/IEC 27001:2022" or "NEN 7510"."""

    scope: Text
    """Scope: text in the register's default language, or per language as `{nl: ..., en: ...}`."""

    issuer: str
    """Issuer."""

    valid_until: str
    """Valid until: a calendar date, YYYY-MM-DD."""

    certificate: Document
    """Certificate: a reference to an internal document (agreement, assessment, DPIA...): an identifier or link as a
    string, or an object. Internal: never published."""

    holder: str
    """The recipient (a processor or supplier) that holds the certificate, where the organisation does not hold it
    itself; the statement names that party with it instead of claiming it as the organisation's own."""


KindName: TypeAlias = Literal[
    "organisation",
    "activity",
    "purpose",
    "data-category",
    "data-subject",
    "recipient",
    "measure",
]
"""The schema name of a kind of file."""

MODELS: dict[str, type] = {
    "organisation": Organisation,
    "activity": Activity,
    "purpose": Purpose,
    "data-category": DataCategory,
    "data-subject": DataSubject,
    "recipient": Recipient,
    "measure": Measure,
}
"""The TypedDict of each kind of file, by its schema name."""
