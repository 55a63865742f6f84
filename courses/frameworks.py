"""The frameworks modules are tagged with and skills audits rate against, as data.

Loaded into `Framework` and `FrameworkElement` rows by `frameworks_load()`; a council can add others.
Codes are stable: modules, audits and seeds refer to elements by (framework slug, code).
"""

GOVERNANCE_2017 = "governance-competency-framework-2017"
TEACHERS_STANDARDS = "teachers-standards"
ITTECF = "ittecf"

FRAMEWORKS = [
    {
        "slug": GOVERNANCE_2017,
        "name": "Competency framework for governance (2017)",
        "publisher": "Department for Education",
        "year": 2017,
        "description": "The knowledge, skills and behaviours needed for effective governance in "
        "maintained schools, academies and multi-academy trusts: six features, sixteen competencies.",
        "status_note": "Withdrawn by the DfE in 2024 in favour of its Governance Guides; kept here "
        "as one framework among others for training and skills audits.",
        "elements": [
            ("GCF-F1", "Strategic leadership", None),
            ("GCF-1", "Strategic leadership: setting direction", "GCF-F1"),
            ("GCF-2", "Culture, values and ethos", "GCF-F1"),
            ("GCF-3", "Decision-making", "GCF-F1"),
            ("GCF-4", "Collaborative working with stakeholders and partners", "GCF-F1"),
            ("GCF-5", "Risk management", "GCF-F1"),
            ("GCF-F2", "Accountability", None),
            ("GCF-6", "Educational improvement", "GCF-F2"),
            ("GCF-7", "Rigorous analysis of data", "GCF-F2"),
            ("GCF-8", "Financial frameworks and accountability", "GCF-F2"),
            ("GCF-9", "Financial management and oversight", "GCF-F2"),
            ("GCF-10", "Staffing and performance management", "GCF-F2"),
            ("GCF-11", "External accountability", "GCF-F2"),
            ("GCF-F3", "People", None),
            ("GCF-12", "Building an effective team", "GCF-F3"),
            ("GCF-F4", "Structures", None),
            ("GCF-13", "Effective governance structures", "GCF-F4"),
            ("GCF-F5", "Compliance", None),
            ("GCF-14", "Statutory and contractual requirements", "GCF-F5"),
            ("GCF-F6", "Evaluation", None),
            ("GCF-15", "Managing self-review and personal skills", "GCF-F6"),
            ("GCF-16", "Managing and developing the board's effectiveness", "GCF-F6"),
        ],
    },
    {
        "slug": TEACHERS_STANDARDS,
        "name": "Teachers' standards",
        "publisher": "Department for Education",
        "year": 2011,
        "description": "The minimum level of practice expected of trainees and teachers.",
        "status_note": "",
        "elements": [
            ("TS1", "Set high expectations which inspire, motivate and challenge pupils", None),
            ("TS2", "Promote good progress and outcomes by pupils", None),
            ("TS3", "Demonstrate good subject and curriculum knowledge", None),
            ("TS4", "Plan and teach well structured lessons", None),
            ("TS5", "Adapt teaching to respond to the strengths and needs of all pupils", None),
            ("TS6", "Make accurate and productive use of assessment", None),
            (
                "TS7",
                "Manage behaviour effectively to ensure a good and safe learning environment",
                None,
            ),
            ("TS8", "Fulfil wider professional responsibilities", None),
            ("TS-P2", "Part two: personal and professional conduct", None),
        ],
    },
    {
        "slug": ITTECF,
        "name": "Initial teacher training and early career framework (ITTECF)",
        "publisher": "Department for Education",
        "year": 2024,
        "description": "What trainees and early-career teachers learn about and learn how to do, "
        "in one framework from 2025 (it replaced the Core Content Framework and the Early Career "
        "Framework).",
        "status_note": "",
        "elements": [
            ("ITTECF-1", "High expectations", None),
            ("ITTECF-2", "How pupils learn", None),
            ("ITTECF-3", "Subject and curriculum", None),
            ("ITTECF-4", "Classroom practice", None),
            ("ITTECF-5", "Adaptive teaching", None),
            ("ITTECF-6", "Assessment", None),
            ("ITTECF-7", "Managing behaviour", None),
            ("ITTECF-8", "Professional behaviours", None),
        ],
    },
]


def frameworks_load() -> None:
    """Create or update the frameworks above; elements keep their ids, so tags and ratings stay."""
    from .models import Framework, FrameworkElement

    for data in FRAMEWORKS:
        framework, _ = Framework.objects.update_or_create(
            slug=data["slug"],
            defaults={
                key: data[key]
                for key in ("name", "publisher", "year", "description", "status_note")
            },
        )
        by_code = {}
        for order, (code, title, parent_code) in enumerate(data["elements"]):
            element, _ = FrameworkElement.objects.update_or_create(
                framework=framework,
                code=code,
                defaults={
                    "title": title,
                    "sort_order": order,
                    "parent": by_code.get(parent_code) if parent_code else None,
                },
            )
            by_code[code] = element
