"""Governor and trustee training from County Governor Services and the business partner."""

from courses.frameworks import GOVERNANCE_2017 as GCF

from .writing import (
    bullets,
    heading,
    info,
    lesson,
    multiple,
    quiz,
    reflection,
    single,
    steps,
    text,
    tip,
    warning,
)

CONTENT: dict[str, dict] = {}

CONTENT["gov-induction"] = {
    "summary": "Understand what a governing board is for, what you are responsible for as a new "
    "governor or trustee, how the board works and how to contribute from your first meeting.",
    "description": "<p>Every new governor and trustee in the county starts here. You will learn the "
    "three core functions of governance, the difference between governing and managing, and the "
    "standards of conduct the public expects of you.</p><p>The module works for maintained schools, "
    "academies and multi-academy trusts, and points out where the rules differ.</p>",
    "outcomes": [
        "Explain the three core functions of governance and how they shape the board's agenda.",
        "Distinguish the board's strategic role from the headteacher's operational role.",
        "Describe how your board is constituted, how it delegates and where you fit in.",
        "Apply the seven principles of public life and your board's code of conduct.",
        "Plan your first year: visits, training and the questions you will ask.",
    ],
    "audiences": ["governor", "clerk"],
    "delivery_mode": "blended",
    "framework_codes": [
        (GCF, "GCF-1"),
        (GCF, "GCF-2"),
        (GCF, "GCF-12"),
        (GCF, "GCF-13"),
        (GCF, "GCF-14"),
        (GCF, "GCF-15"),
    ],
    "lessons": [
        lesson(
            "What governance is for",
            25,
            text(
                "A governing board is the accountable body for a school or trust. It does not run the "
                "school day to day: the headteacher (or the trust's chief executive) does that. The "
                "board makes sure the school is well led, that pupils get a good education, that "
                "money is well spent and that the law is followed.",
                "The Department for Education describes three core functions of governance. They "
                "appeared in the Governance Handbook and carry on in the DfE's governance guides for "
                "maintained schools and academy trusts that replaced it in 2024.",
            ),
            heading("The three core functions"),
            text(
                steps(
                    "<strong>Ensuring clarity of vision, ethos and strategic direction.</strong> "
                    "The board agrees what the school is for, what it values and where it is going "
                    "over the next three to five years.",
                    "<strong>Holding executive leaders to account for the educational performance "
                    "of the school and its pupils, and the performance management of staff.</strong> "
                    "The board asks for evidence, tests it and follows up.",
                    "<strong>Overseeing the financial performance of the school and making sure its "
                    "money is well spent.</strong> The board sets and monitors the budget and "
                    "checks it serves the school's priorities.",
                ),
                "Alongside these, boards must make sure the school meets its statutory duties, above "
                "all for safeguarding, and that they engage with pupils, parents, staff and the "
                "community.",
            ),
            heading("Strategic, not operational"),
            text(
                "New governors often ask how far to get involved. A helpful test: the board decides "
                "<em>what</em> the school should achieve and checks <em>whether</em> it is achieving "
                "it; leaders decide <em>how</em>. Approving a behaviour policy is governance; "
                "deciding which pupil sits where is management. Asking why persistent absence has "
                "risen is governance; phoning families is not.",
                "Governors act only as a board. As an individual you have no power to direct staff "
                "or make decisions unless the board has formally delegated it to you. A visit to the "
                "school as link governor is to learn and report back, not to inspect.",
            ),
            tip(
                "Eyes on, hands off",
                "When you are unsure whether something is yours to do, ask the chair or the clerk. "
                "Most tensions between boards and leaders begin with a governor drifting into "
                "operational detail.",
            ),
            reflection(
                "Think of a decision your school made recently. Which parts of it belonged to the "
                "board and which to the headteacher?",
                "Use the 'what, whether, how' test. If the board's part is unclear, note a question "
                "to raise with your chair.",
            ),
        ),
        lesson(
            "How your board works",
            25,
            text(
                "Boards differ by type of school. A <strong>maintained school</strong> has a governing "
                "body constituted under regulations, with parent, staff, local authority, co-opted "
                "and, in church schools, foundation governors, and the headteacher. An "
                "<strong>academy trust</strong> is a charitable company: its members appoint "
                "trustees, who are company directors and charity trustees, and in a multi-academy "
                "trust the board may delegate some functions to local governing bodies (local "
                "committees) through a <strong>scheme of delegation</strong>.",
                "Whichever type you join, read three documents in your first month: the board's "
                "terms of reference or scheme of delegation, its code of conduct, and the current "
                "school improvement or strategic plan.",
            ),
            heading("Meetings, committees and the clerk"),
            text(
                "Decisions are made in quorate meetings and recorded in minutes. Many boards use "
                "committees (for example finance and resources, or curriculum and standards) to look "
                "at detail; the full board keeps responsibility. The clerk advises on procedure and "
                "the law, prepares agendas and minutes and keeps records. Use the clerk: they are "
                "the board's guide to what it must do.",
            ),
            heading("Conduct: the seven principles of public life"),
            text(
                "Governors hold a public office and are expected to follow the seven principles of "
                "public life (the Nolan principles): selflessness, integrity, objectivity, "
                "accountability, openness, honesty and leadership. In practice this means:",
                bullets(
                    "declaring any business or pecuniary interest, and leaving the room when it is "
                    "discussed;",
                    "keeping confidential items confidential, including after you leave the board;",
                    "supporting the board's collective decision in public, even when you argued "
                    "against it in the meeting;",
                    "representing all pupils, not only the group that elected you: a parent governor "
                    "is not a parents' delegate.",
                ),
            ),
            warning(
                "Collective responsibility",
                "Criticising a board decision on social media or at the school gate undermines the "
                "board and may breach your code of conduct. Raise disagreement in the meeting, and "
                "ask for your view to be minuted if it matters to you.",
            ),
        ),
        lesson(
            "Your first year as a governor",
            20,
            text(
                "Good induction takes a year, not an evening. In Northamptonshire every new governor "
                "is offered this module, a mentor from an experienced governor on another board, and "
                "a welcome visit to the school. A practical plan:",
                bullets(
                    "<strong>First month:</strong> meet the chair and the headteacher; read the "
                    "documents listed earlier; complete safeguarding training for governors.",
                    "<strong>First term:</strong> attend every meeting, ask one question each time, "
                    "make a link visit with a clear focus agreed with the relevant leader.",
                    "<strong>By the end of the year:</strong> complete the skills audit, choose "
                    "further training that fills a gap, and review your contribution with the chair.",
                ),
                "Asking questions is how a new governor learns and how a board holds leaders to "
                "account. Good questions are open, focused on evidence and impact, and asked in a "
                "spirit of support: 'How do we know that the new reading scheme is working for "
                "disadvantaged pupils?' rather than 'Is reading OK?'",
            ),
            reflection(
                "Which part of the school's work do you know least about? Write one question you "
                "could ask about it at your next meeting.",
                "Frame it around evidence and impact: how do we know, compared with what, and what "
                "will we do if it is not working?",
            ),
            quiz(
                single(
                    "Which of these is one of the three core functions of governance?",
                    [
                        "Managing the school's day-to-day timetable",
                        "* Overseeing the financial performance of the school and making sure its "
                        "money is well spent",
                        "Observing and grading individual teachers' lessons",
                        "Representing the views of the parents who elected you",
                    ],
                    "The three core functions are vision, ethos and strategic direction; holding "
                    "leaders to account for educational performance and staff performance "
                    "management; and financial oversight. Timetables and lesson observation are "
                    "operational; governors represent all pupils.",
                ),
                multiple(
                    "Which are among the seven principles of public life?",
                    ["* Selflessness", "* Openness", "Loyalty", "* Objectivity", "Efficiency"],
                    "The seven are selflessness, integrity, objectivity, accountability, openness, "
                    "honesty and leadership. Loyalty and efficiency are not on the list.",
                ),
                single(
                    "A parent tells you, as a governor, about a problem with a teacher. What should "
                    "you do?",
                    [
                        "Speak to the teacher yourself and report back to the parent",
                        "Raise it at the next board meeting with the teacher's name",
                        "* Explain that you cannot act alone and point the parent to the school's "
                        "complaints procedure",
                        "Ask the headteacher to discipline the teacher",
                    ],
                    "Individual governors have no power to act alone. Staff matters belong to "
                    "leaders; the complaints procedure protects everyone, and governors may later "
                    "need to hear a complaint impartially.",
                ),
                multiple(
                    "Which documents should a new governor read in the first month?",
                    [
                        "* The board's code of conduct",
                        "* The terms of reference or scheme of delegation",
                        "* The school improvement or strategic plan",
                        "Every pupil's individual attendance record",
                    ],
                    "The first three tell you how the board works and where the school is going. "
                    "Governors do not need, and should not ask for, individual pupils' records.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-safeguarding"] = {
    "summary": "Learn the board's legal duties for safeguarding under Keeping children safe in "
    "education, what to ask leaders and how to check the school's arrangements work. Renew every two "
    "years.",
    "description": "<p>Safeguarding is the board's most important statutory duty. This module explains "
    "what <em>Keeping children safe in education</em> (KCSIE) expects of governors and trustees, how "
    "to provide strategic challenge without becoming involved in individual cases, and how to "
    "monitor the school's arrangements.</p><p>The county requires every governor and trustee to "
    "complete it at induction and to renew it every 24 months, so the board keeps up with the "
    "guidance as it changes each September.</p>",
    "outcomes": [
        "Explain the governing board's statutory safeguarding responsibilities under KCSIE.",
        "Describe the roles of the designated safeguarding lead and the safeguarding link governor.",
        "Identify the policies, procedures and records the board must check are in place.",
        "Plan strategic questions that test whether safeguarding arrangements work in practice.",
    ],
    "audiences": ["governor", "clerk"],
    "delivery_mode": "online",
    "framework_codes": [(GCF, "GCF-5"), (GCF, "GCF-11"), (GCF, "GCF-14")],
    "lessons": [
        lesson(
            "The board's safeguarding duties",
            30,
            text(
                "<em>Keeping children safe in education</em> (KCSIE) is statutory guidance that "
                "schools and colleges in England must have regard to. The DfE updates it, usually "
                "each September, so the board needs someone who reads every new edition and reports "
                "the changes. Part two of KCSIE sets out what governing bodies and proprietors must "
                "do; boards of academy trusts carry the same responsibilities as maintained boards.",
                "Safeguarding means protecting children from maltreatment, preventing harm to their "
                "mental and physical health or development, making sure they grow up with safe and "
                "effective care, and acting so that all children have the best outcomes. Child "
                "protection is the part of it that responds to children suffering, or likely to "
                "suffer, significant harm.",
            ),
            heading("What the board must make sure of"),
            text(
                bullets(
                    "a senior board-level lead takes leadership responsibility for safeguarding "
                    "arrangements (often called the safeguarding link governor);",
                    "a designated safeguarding lead (DSL) from the senior leadership team, with the "
                    "time, training and authority to do the job, supported by trained deputies;",
                    "an effective child protection policy, a staff code of conduct (behaviour policy "
                    "for staff), and procedures for allegations against staff and low-level "
                    "concerns;",
                    "safer recruitment, including a single central record of checks on staff and "
                    "volunteers;",
                    "appropriate filtering and monitoring of online activity, reviewed against the "
                    "DfE's filtering and monitoring standards;",
                    "a curriculum that teaches pupils about keeping safe, including online;",
                    "that staff receive induction and regular safeguarding training and read at least "
                    "part one of KCSIE.",
                ),
                "Governors and trustees themselves should receive safeguarding and child protection "
                "training, including online safety, at induction, and it should be regularly "
                "updated. This county asks boards to renew it every two years, the same cycle KCSIE "
                "sets for the DSL's own training.",
            ),
            warning(
                "Not a case worker",
                "Governors do not manage individual safeguarding cases and should not be told the "
                "names of children involved. If a child or parent discloses something to you, pass "
                "it to the DSL immediately, as any adult in the school would.",
            ),
            reflection(
                "Who is your board's safeguarding link governor, and when did the board last receive "
                "a safeguarding report? What did it show you?",
                "If you cannot answer, ask the clerk. A board that cannot name its lead, or has not "
                "discussed safeguarding this year, has found its first action.",
            ),
        ),
        lesson(
            "Checking that safeguarding works",
            30,
            text(
                "Policies on a website prove little. The board's job is strategic challenge: testing "
                "that arrangements work for the children who most need them. Useful sources of "
                "evidence include:",
                bullets(
                    "the DSL's termly or annual report: numbers and types of concerns, referrals to "
                    "children's social care and their outcomes, trends, training completed;",
                    "the annual safeguarding audit many local authorities ask schools to complete;",
                    "a link governor's visit to check the single central record with the business "
                    "manager (looking at how it is kept, not at personal details);",
                    "pupil voice: do pupils know whom to talk to, and do they feel safe online and "
                    "in the corridors?",
                    "attendance data, especially children missing education and pupils with "
                    "repeated absence, which can be a sign of risk.",
                ),
            ),
            heading("Questions that test, not tick"),
            text(
                bullets(
                    "How do we know every member of staff knows what to do with a concern today, "
                    "including supply staff and volunteers?",
                    "What has changed in this year's KCSIE, and what have we done about it?",
                    "How are we monitoring what pupils can reach online, and who sees the alerts?",
                    "How do we hear from children with special educational needs, who may find it "
                    "harder to tell us they are unhappy?",
                    "What happened the last time a concern was raised about a member of staff, and "
                    "did we follow our procedure?",
                ),
            ),
            info(
                "Safer recruitment on panels",
                "Maintained school boards must make sure at least one person on any recruitment "
                "panel has had safer recruitment training. Many trusts apply the same rule. If you "
                "sit on a headteacher appointment panel, check this early.",
            ),
            quiz(
                single(
                    "How often does this county ask governors to renew their safeguarding training?",
                    ["Every year", "* Every two years", "Every three years", "Once, at induction"],
                    "KCSIE says governors' training should be regularly updated; the county sets "
                    "renewal every 24 months, matching the two-year cycle for the DSL's training.",
                ),
                multiple(
                    "Which of these must the governing board make sure are in place?",
                    [
                        "* A designated safeguarding lead from the senior leadership team",
                        "* Appropriate filtering and monitoring of online activity",
                        "A governor who reviews each child protection case file",
                        "* Safer recruitment with a single central record",
                    ],
                    "The board secures the DSL, filtering and monitoring, and safer recruitment. "
                    "Governors do not review individual case files; that would breach children's "
                    "confidentiality and is not their role.",
                ),
                single(
                    "A pupil tells you during a link visit that something is happening at home that "
                    "frightens them. What do you do?",
                    [
                        "Promise to keep it secret so the pupil keeps trusting you",
                        "Ask detailed questions to find out exactly what happened",
                        "* Listen, not promise confidentiality, and pass it to the DSL straight away",
                        "Raise it at the next full board meeting",
                    ],
                    "Any adult who hears a disclosure listens calmly, does not promise secrecy, does "
                    "not investigate and reports to the DSL at once, then writes down what was said.",
                ),
                multiple(
                    "Which are good sources of evidence for the board about safeguarding?",
                    [
                        "* The designated safeguarding lead's report",
                        "* Pupils' views on whether they feel safe",
                        "* Attendance and children missing education",
                        "The names of pupils referred to social care",
                    ],
                    "Reports, pupil voice and attendance data all help the board test arrangements. "
                    "Names are not needed and should not be shared with governors.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-financial-oversight"] = {
    "summary": "Learn to read a school budget, monitor it through the year, compare costs with "
    "similar schools and meet the rules for maintained schools (Schools Financial Value Standard) and "
    "academies (Academy Trust Handbook).",
    "description": "<p>Boards oversee the financial performance of their school or trust and make "
    "sure its money is well spent. You do not need to be an accountant, but you do need to read a "
    "budget report, ask good questions about it and know which rules apply.</p><p>Governors from "
    "local businesses, placed through the Northamptonshire Enterprise Partnership, often lead this "
    "work; the module helps every governor join in.</p>",
    "outcomes": [
        "Explain the board's financial responsibilities in maintained schools and academy trusts.",
        "Interpret a budget monitoring report, including variances and the forecast year-end position.",
        "Use benchmarking to compare spending with similar schools and ask questions about it.",
        "Plan how the board links spending to the school's priorities and evaluates value for money.",
    ],
    "audiences": ["governor", "headteacher", "senior_leader", "clerk"],
    "delivery_mode": "blended",
    "framework_codes": [(GCF, "GCF-8"), (GCF, "GCF-9"), (GCF, "GCF-5"), (GCF, "GCF-3")],
    "lessons": [
        lesson(
            "The rules and the budget cycle",
            30,
            text(
                "Which rules apply depends on your school's type.",
                bullets(
                    "<strong>Maintained schools</strong> are funded through the local authority and "
                    "follow its scheme for financing schools. The governing body approves the annual "
                    "budget and completes the <strong>Schools Financial Value Standard</strong> "
                    "(SFVS) each year: a self-assessment of financial management with a dashboard of "
                    "key measures, signed off by the board and sent to the local authority.",
                    "<strong>Academy trusts</strong> are funded by the DfE under a funding agreement "
                    "and must follow the <strong>Academy Trust Handbook</strong>. The board approves "
                    "a balanced budget, appoints an accounting officer (usually the chief executive) "
                    "and a chief financial officer, runs an audit and risk committee and arranges "
                    "internal scrutiny. Management accounts go to the chair every month and to the "
                    "whole board at least six times a year.",
                ),
            ),
            heading("A year of financial governance"),
            text(
                steps(
                    "Spring: leaders draft next year's budget from the school's priorities, pupil "
                    "numbers and staffing plan; many schools plan three years ahead.",
                    "Before the deadline: the board (or its finance committee, reporting to it) "
                    "scrutinises and approves the budget.",
                    "Each term or month: monitoring reports compare actual spending with the budget "
                    "and forecast the year-end position.",
                    "Year end: outturn, carry-forward or deficit, the SFVS or the trust's audited "
                    "accounts, and lessons for next year.",
                ),
                "Staff costs are usually by far the largest part of a school's spending, so decisions "
                "about the staffing structure are financial decisions. Boards that plan curriculum "
                "and staffing together (integrated curriculum and financial planning) find it easier "
                "to see what they can afford.",
            ),
            info(
                "Ring-fenced funding",
                "Some grants must be spent for a purpose and reported on. Schools publish a pupil "
                "premium strategy statement and a report on the PE and sport premium (primary). "
                "The board should see how this money is spent and what difference it makes, as for "
                "any other spending.",
            ),
            reflection(
                "What is your school's forecast balance at the end of this financial year, and what "
                "is driving it?",
                "If you do not know, look at the last monitoring report or ask the business manager. "
                "Note the two or three lines of the budget that matter most to the forecast.",
            ),
        ),
        lesson(
            "Monitoring, benchmarking and value for money",
            30,
            text(
                "A monitoring report usually shows, for each budget line, the annual budget, the "
                "spend to date, the expected spend to date and a forecast for the year. Look for "
                "<strong>variances</strong>, the gaps between what was planned and what is "
                "happening, and ask what caused them and whether they will continue.",
                bullets(
                    "Is the variance timing (a bill paid early) or real (a cost that has risen)?",
                    "What is the forecast year-end balance, and how has it moved since the last "
                    "report?",
                    "If we are heading for a deficit, what options do leaders propose, and what would "
                    "each mean for pupils?",
                    "Are there income risks, such as falling rolls or a grant that ends?",
                ),
            ),
            heading("Benchmarking"),
            text(
                "Benchmarking compares your school's income and spending with similar schools. The "
                "DfE publishes school and trust financial data and a free comparison service (now "
                "the Financial Benchmarking and Insights Tool). A difference is not a verdict: it is "
                "a reason to ask a question. If your spending on supply staff is much higher than "
                "similar schools, is that because of long-term sickness, recruitment difficulties or "
                "a deliberate choice?",
            ),
            tip(
                "Money follows priorities",
                "The best financial question links spending to impact: 'We are spending more on "
                "teaching assistants than similar schools. How do we know it is improving outcomes "
                "for the pupils they support?'",
            ),
            warning(
                "Conflicts of interest",
                "Any governor or trustee with a business interest in a supplier must declare it and "
                "take no part in the decision. Academy trusts must also follow the Academy Trust "
                "Handbook's rules on related party transactions.",
            ),
            quiz(
                single(
                    "What is the Schools Financial Value Standard?",
                    [
                        "The DfE's rules for academy trusts' accounts",
                        "* An annual self-assessment of financial management that maintained school "
                        "boards complete and send to the local authority",
                        "A national pay scale for school business managers",
                        "A benchmark of how much a school should spend per pupil",
                    ],
                    "The SFVS applies to maintained schools. Academy trusts follow the Academy "
                    "Trust Handbook instead.",
                ),
                multiple(
                    "In an academy trust, which does the Academy Trust Handbook require?",
                    [
                        "* An accounting officer",
                        "* An audit and risk committee (or a committee doing its work)",
                        "* Management accounts shared with the chair every month",
                        "A budget approved by the local authority",
                    ],
                    "Trusts appoint an accounting officer, arrange audit and risk oversight and share "
                    "monthly management accounts with the chair. The local authority does not "
                    "approve academy budgets.",
                ),
                single(
                    "Benchmarking shows your school spends far more on energy than similar schools. "
                    "What is the best next step?",
                    [
                        "Instruct the headteacher to cut energy spending to the average",
                        "Ignore it: every school is different",
                        "* Ask leaders what explains the difference and whether action is planned",
                        "Change energy supplier yourself",
                    ],
                    "Benchmarking prompts questions; it does not give answers. The board asks, "
                    "leaders explain and propose, and the board decides strategically.",
                ),
                multiple(
                    "Which are good questions about a budget monitoring report?",
                    [
                        "* Is this variance a timing difference or a real change in cost?",
                        "* How has the forecast year-end balance moved since the last report?",
                        "Which supplier did the office use for printer paper?",
                        "* What risks to income do we face next year?",
                    ],
                    "Strategic questions look at variances, forecasts and risks. Individual "
                    "purchases are operational unless they reveal a pattern.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-holding-leaders-to-account"] = {
    "summary": "Learn how to hold leaders to account for pupils' education: asking questions that "
    "test evidence, triangulating what you hear, making focused school visits and overseeing "
    "headteacher performance management.",
    "description": "<p>Holding executive leaders to account for the educational performance of the "
    "school and its pupils is one of the board's three core functions, and the one new governors "
    "find hardest. This module shows how to challenge and support at the same time, so that leaders "
    "welcome the board's questions.</p>",
    "outcomes": [
        "Explain what holding leaders to account means and how it differs from inspecting.",
        "Plan questions that test evidence of impact rather than ask for reassurance.",
        "Use triangulation: reports, data, visits and stakeholder views.",
        "Describe the board's role in headteacher appraisal and pay decisions.",
    ],
    "audiences": ["governor", "headteacher", "senior_leader"],
    "delivery_mode": "blended",
    "framework_codes": [(GCF, "GCF-6"), (GCF, "GCF-7"), (GCF, "GCF-10"), (GCF, "GCF-11")],
    "lessons": [
        lesson(
            "Challenge and support",
            25,
            text(
                "Holding to account means the board regularly asks leaders to explain how well the "
                "school is doing against its priorities, examines the evidence, and follows up until "
                "it is satisfied. It is not the board doing leaders' jobs or checking up on "
                "individual teachers.",
                "Effective boards balance challenge and support. Too little challenge and the board "
                "becomes a supporters' club that learns about problems from Ofsted. Too much, "
                "delivered badly, and leaders become defensive and tell the board less.",
            ),
            heading("Questions that open up evidence"),
            text(
                "Compare two questions about a new phonics programme:",
                bullets(
                    "<em>'Is the new phonics programme going well?'</em> invites 'Yes, thank you'.",
                    "<em>'What proportion of pupils are keeping up with the programme, how does "
                    "that compare with last year, and what happens for those who fall behind?'</em> "
                    "asks for evidence, a comparison and the plan.",
                ),
                "Helpful stems: How do we know...? Compared with what? Which groups of pupils are "
                "not benefiting? What will we see by the summer if this works? What would make you "
                "change course?",
            ),
            heading("Triangulation"),
            text(
                "Do not rely on one source. Set the headteacher's report alongside published and "
                "internal data, what you see on focused visits, the views of pupils, parents and "
                "staff (from surveys and conversations), and external reviews. When they agree, the "
                "board can be confident; when they do not, there is a question to ask.",
            ),
            info(
                "Hearing from other leaders",
                "Invite subject, phase and pastoral leaders to present to the board or a committee "
                "on their area of the development plan. It spreads accountability beyond the "
                "headteacher, helps governors understand the detail and is good development for "
                "the leaders themselves.",
            ),
            reflection(
                "Look at the minutes of your board's last meeting. Find a question a governor asked "
                "and the answer recorded. Did the board test the evidence or accept reassurance?",
                "Rewrite the question using one of the stems. Minutes that record challenge also "
                "show inspectors the board is doing its job.",
            ),
        ),
        lesson(
            "Visits, appraisal and following up",
            25,
            text(
                "A good governor visit has a focus linked to the school development plan, agreed in "
                "advance with the relevant leader. You might walk the school with the reading lead, "
                "talk to pupils about their books, or meet the special educational needs "
                "coordinator (SENCO) about the graduated approach. Afterwards you write a short "
                "factual note for the board: what you saw, what you learned, what questions it "
                "raised. You do not judge teaching.",
            ),
            heading("Headteacher performance management"),
            text(
                "In maintained schools the board is responsible for the headteacher's appraisal, "
                "usually with advice from an external adviser; in academies the trust board sets the "
                "arrangements. Typically "
                "two or three trained governors form a panel that:",
                steps(
                    "reviews the past year's objectives against evidence;",
                    "agrees new objectives linked to the school's priorities and the headteacher's "
                    "development;",
                    "makes a pay recommendation under the school's pay policy;",
                    "reports to the board in confidence.",
                ),
                "This is also how the board holds leaders to account for the performance management "
                "of other staff: it checks the appraisal policy is applied fairly and that pay "
                "decisions are evidenced, without seeing individual teachers' outcomes.",
            ),
            tip(
                "Follow up",
                "Keep a rolling list of actions and questions the board has asked and bring them "
                "back at the next meeting. Accountability that is never followed up is only "
                "conversation.",
            ),
            quiz(
                single(
                    "Which question best holds leaders to account?",
                    [
                        "Are you happy with the maths results?",
                        "* Which groups of pupils did less well in maths than last year, and what "
                        "are we doing differently for them?",
                        "Can I observe some maths lessons and grade them?",
                        "Why don't you use the maths scheme my children's school uses?",
                    ],
                    "It asks for evidence about groups and about the plan. Grading lessons is not a "
                    "governor's role, and the last option tells leaders how to do their job.",
                ),
                multiple(
                    "Which are sources the board can triangulate?",
                    [
                        "* The headteacher's report",
                        "* Pupil, parent and staff surveys",
                        "* Notes from focused governor visits",
                        "Rumours from the playground",
                    ],
                    "Reports, surveys and visits are legitimate sources. Hearsay is not evidence, "
                    "though a pattern of concern may prompt the board to ask a question.",
                ),
                single(
                    "What is the purpose of a governor visit?",
                    [
                        "* To learn about the school's work in a priority area and report back to "
                        "the board",
                        "To check that teachers are following the lesson plan",
                        "To deal with concerns raised by parents",
                        "To decide whether a member of staff should be promoted",
                    ],
                    "Visits help the board understand and test what it hears in reports. They are "
                    "not inspections, complaint investigations or staffing decisions.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-vision-ethos-strategy"] = {
    "summary": "Learn how a board sets a clear vision, lives its values and turns both into a "
    "three-to-five-year strategy with priorities, measures of success and a plan for risk.",
    "description": "<p>Ensuring clarity of vision, ethos and strategic direction is the first core "
    "function of governance. This module helps boards write a vision people remember, agree values "
    "that shape behaviour, and build a strategy that leaders can plan from and the board can "
    "monitor.</p><p>It draws on the Northamptonshire model: citizenship and respect for all, "
    "restorative and inclusive practice, and strong links with local business.</p>",
    "outcomes": [
        "Explain the difference between vision, values, ethos and strategy.",
        "Plan how to involve pupils, parents, staff and partners in setting direction.",
        "Design strategic priorities with measures of success the board can monitor.",
        "Identify strategic risks and how the board keeps them under review.",
    ],
    "audiences": ["governor", "headteacher", "senior_leader"],
    "delivery_mode": "face_to_face",
    "framework_codes": [(GCF, "GCF-1"), (GCF, "GCF-2"), (GCF, "GCF-4"), (GCF, "GCF-5")],
    "lessons": [
        lesson(
            "Vision, values and ethos",
            25,
            text(
                "A <strong>vision</strong> describes what the school will be like and achieve for its "
                "pupils in the future. <strong>Values</strong> are the few principles that guide how "
                "everyone behaves on the way. <strong>Ethos</strong> is what it feels like to be in "
                "the school: the values lived day to day. <strong>Strategy</strong> is the set of "
                "choices about where to focus effort and money to move towards the vision.",
                "A strong vision is short, specific to this school and its community, and ambitious "
                "for every pupil. 'Every child a confident reader by seven, and every young person "
                "ready for the next step in education, training or work' tells staff what matters. "
                "'Striving for excellence together' could hang in any school.",
            ),
            heading("Involving the community"),
            text(
                "Boards set direction with leaders, not for them, and should hear from pupils, "
                "parents, staff and partners. Practical approaches include a governors' and leaders' "
                "strategy day, short surveys, pupil parliament sessions, and conversations with "
                "local employers about the skills young people need. In church schools the "
                "foundation's religious character is part of the ethos the board must uphold.",
                "Values mean little unless they change decisions. If the school values inclusion, "
                "the board should see it in the behaviour policy, in how exclusions are used, in how "
                "the budget supports pupils with special educational needs and in admissions.",
            ),
            tip(
                "Test a value against a hard case",
                "Ask how a value would guide a difficult decision, for example whether to exclude a "
                "pupil who has seriously hurt another. If 'respect for all' and 'restorative' do "
                "not change what the school does or how it does it, they are slogans, not values.",
            ),
            reflection(
                "Write your school's vision from memory. Then check it. Could a parent, a teaching "
                "assistant and a Year 6 pupil explain what it means for them?",
                "If the vision is hard to remember or could belong to any school, note what makes "
                "your school distinctive and bring it to the next strategy discussion.",
            ),
        ),
        lesson(
            "From vision to strategy",
            30,
            text(
                "A strategic plan covers three to five years and names a small number of priorities, "
                "usually three to five. Leaders turn it into an annual school development or "
                "improvement plan with actions, owners, costs and milestones. The board monitors the "
                "plan through reports and key performance indicators, not by managing the actions.",
                "For each priority agree:",
                bullets(
                    "why it matters now, from evidence about the school;",
                    "what success will look like in one, three and five years, in measures the board "
                    "can monitor (for example attendance of disadvantaged pupils, reading at the end "
                    "of Key Stage 1, staff retention);",
                    "what it will cost, and what the school will stop doing to make room;",
                    "which committee or link governor follows it.",
                ),
            ),
            heading("Strategic risk"),
            text(
                "Every strategy rests on assumptions: pupil numbers, funding, recruitment, the "
                "building. A risk register lists the main risks to the school's objectives, how "
                "likely and serious each is, what controls are in place and who owns them. The board "
                "(or its audit and risk committee in a trust) reviews the register regularly and "
                "asks whether its appetite for risk is right: a board may accept risk to innovate in "
                "the curriculum but accept almost none in safeguarding.",
            ),
            tip(
                "Keep it on one page",
                "Boards that summarise their strategy on one page, with its measures, find it easier "
                "to build agendas around it and to explain it to new governors.",
            ),
            quiz(
                single(
                    "Which best describes strategy?",
                    [
                        "A short statement of what the school will be like in the future",
                        "* Choices about where to focus effort and money to move towards the vision",
                        "The day-to-day feel of the school",
                        "The list of statutory policies on the website",
                    ],
                    "The first option is the vision and the third is ethos. Strategy is about "
                    "choosing priorities, including what not to do.",
                ),
                multiple(
                    "Which belong in a strategic priority agreed by the board?",
                    [
                        "* Measures of success the board can monitor",
                        "* The evidence for why it matters now",
                        "A weekly timetable of staff actions set by governors",
                        "* Its cost and what will stop to make room",
                    ],
                    "The board agrees the priority, its evidence, measures and cost. Detailed "
                    "actions are for leaders' annual plan.",
                ),
                single(
                    "What does a risk register help the board do?",
                    [
                        "Record every accident in the playground",
                        "* Keep the main risks to its objectives, their controls and owners under "
                        "review",
                        "Replace the need for a budget",
                        "Decide which pupils are at risk of harm",
                    ],
                    "A register is a strategic tool. Accidents are recorded operationally and "
                    "individual pupils' safety is a safeguarding matter for leaders and the DSL.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-school-data-and-inspection"] = {
    "summary": "Learn to read the school's performance data with care, ask good questions about it, "
    "and understand how Ofsted inspects leadership and governance.",
    "description": "<p>Boards are asked to analyse data rigorously, but school data is full of traps: "
    "small cohorts, changing tests, averages that hide groups. This module explains the main "
    "measures from the early years to Key Stage 4, how to read them, and what inspectors look for "
    "when they meet governors.</p>",
    "outcomes": [
        "Explain the main statutory assessments and performance measures from EYFS to Key Stage 4.",
        "Interpret data with attention to cohort size, context, trends and groups of pupils.",
        "Use data to form questions for leaders rather than conclusions.",
        "Describe how inspection looks at leadership and governance and how the board prepares.",
    ],
    "audiences": ["governor", "clerk", "senior_leader"],
    "delivery_mode": "online",
    "framework_codes": [(GCF, "GCF-7"), (GCF, "GCF-6"), (GCF, "GCF-11")],
    "lessons": [
        lesson(
            "The measures and how to read them",
            30,
            text(
                "Schools in England collect a sequence of statutory assessments. The main ones a "
                "board will see are:",
                bullets(
                    "the <strong>EYFS profile</strong> at the end of reception, including the "
                    "proportion of children reaching a good level of development;",
                    "the <strong>phonics screening check</strong> in Year 1 (rechecked in Year 2 for "
                    "those who do not meet the standard);",
                    "the <strong>multiplication tables check</strong> in Year 4;",
                    "<strong>Key Stage 2</strong> tests and teacher assessment at the end of Year 6: "
                    "reading, writing and mathematics at the expected and higher standards;",
                    "<strong>Key Stage 4</strong> GCSE results, with measures such as Attainment 8 "
                    "and the English Baccalaureate, and destinations after Year 11.",
                ),
                "Attendance, suspensions and exclusions are as important as results and are often "
                "where problems show first.",
            ),
            heading("Reading data with care"),
            text(
                bullets(
                    "<strong>Cohort size:</strong> in a class of 15, one pupil is nearly seven "
                    "percentage points. Look at numbers of pupils as well as percentages.",
                    "<strong>Trends:</strong> one year is a snapshot; three years show a direction.",
                    "<strong>Groups:</strong> averages hide disadvantaged pupils, pupils with "
                    "special educational needs, boys and girls, pupils who joined late.",
                    "<strong>Comparisons:</strong> compare with national figures and similar schools, "
                    "and with what leaders predicted.",
                    "<strong>Context:</strong> data tells you where to look, not why.",
                ),
            ),
            heading("Where the data comes from"),
            text(
                "Published results come from the DfE's performance tables and, for inspection, "
                "Ofsted's inspection data summary report, which leaders can share with the board. "
                "Internal data (termly assessments, attendance, behaviour logs) is more current but "
                "less comparable: ask how it is moderated and what a grade or a colour means before "
                "you read anything into it. Boards also publish how they spend the pupil premium, so "
                "expect to see the attainment and attendance of disadvantaged pupils reported "
                "separately, with the plan for closing gaps.",
            ),
            reflection(
                "Take one measure from your school's latest data. What does it tell you, what does "
                "it not tell you, and what question would you ask a leader about it?",
                "Check the number of pupils behind the percentage and whether the trend is over more "
                "than one year.",
            ),
        ),
        lesson(
            "Inspection and the board",
            25,
            text(
                "Ofsted inspects state-funded schools in England; its framework and reports have "
                "changed several times, most recently with report cards from November 2025 that "
                "evaluate a set of areas, including leadership and governance, and say whether "
                "safeguarding requirements are met. Whatever the framework, inspectors want to know whether "
                "those responsible for governance understand the school's strengths and weaknesses, "
                "hold leaders to account, fulfil their statutory duties and support leaders' and "
                "staff's wellbeing.",
                "Inspectors usually meet the chair and other governors or trustees. In a "
                "multi-academy trust they may meet trustees and members of the local governing body.",
            ),
            heading("Preparing without performing"),
            text(
                "The best preparation is good governance all year: minutes that show challenge and "
                "follow-up, a board that knows the development plan and its progress, governors "
                "who can explain their role in safeguarding and finance. Before an inspection meeting "
                "the chair may brief colleagues on recent data and priorities, but governors should "
                "answer in their own words.",
            ),
            warning(
                "Know your statutory duties",
                "Inspectors check that the board fulfils its legal duties, including safeguarding, "
                "equality duties and the publication of required information. The clerk can provide "
                "a compliance checklist.",
            ),
            quiz(
                single(
                    "In a cohort of 15 pupils, what is one pupil worth as a percentage?",
                    [
                        "About 1.5 percentage points",
                        "* About 7 percentage points",
                        "15 points",
                        "50",
                    ],
                    "One in fifteen is about 6.7 percent, which is why small cohorts swing widely "
                    "from year to year.",
                ),
                multiple(
                    "Which are statutory assessments in primary schools in England?",
                    [
                        "* The phonics screening check in Year 1",
                        "* The multiplication tables check in Year 4",
                        "A spelling test in every term of Year 3",
                        "* Key Stage 2 tests at the end of Year 6",
                    ],
                    "Phonics, the multiplication tables check and Key Stage 2 are statutory. "
                    "Termly spelling tests are a school's own choice.",
                ),
                single(
                    "Data shows attendance of disadvantaged pupils has fallen. What should the board "
                    "do first?",
                    [
                        "Conclude that the attendance officer is not working hard enough",
                        "* Ask leaders what lies behind the fall and what they are doing about it",
                        "Wait for inspectors to comment",
                        "Ask for a list of the pupils concerned",
                    ],
                    "Data prompts questions about causes and actions. Governors do not need names, "
                    "and should not jump to conclusions about individuals.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-chairing-the-board"] = {
    "summary": "Develop as a chair or vice-chair: leading meetings that decide, building a team of "
    "governors, working with the headteacher as a critical friend, and planning succession.",
    "description": "<p>For chairs, vice-chairs and governors who may chair in future. The chair "
    "leads the board, not the school: this module covers running purposeful meetings, the "
    "relationship with the headteacher, developing the board and the chair's own limits of "
    "authority.</p>",
    "outcomes": [
        "Explain the chair's role and the limits of the chair's authority.",
        "Plan and chair meetings that focus on strategy and reach clear decisions.",
        "Build a professional, challenging relationship with the headteacher.",
        "Plan the board's self-evaluation, development and succession.",
    ],
    "audiences": ["governor"],
    "delivery_mode": "face_to_face",
    "framework_codes": [
        (GCF, "GCF-12"),
        (GCF, "GCF-16"),
        (GCF, "GCF-3"),
        (GCF, "GCF-13"),
        (GCF, "GCF-15"),
    ],
    "lessons": [
        lesson(
            "The chair's role",
            30,
            text(
                "The board elects its chair for a term it decides, often a year; in maintained schools a "
                "governor "
                "employed at the school cannot be chair. The chair leads the board so that it "
                "carries out its functions well: setting the agenda with the clerk and headteacher, "
                "chairing meetings, making sure every governor contributes, and acting as the "
                "board's main link with the headteacher.",
                "The chair has no more individual power than any other governor, with limited "
                "exceptions: in maintained schools the chair may act on an urgent matter when waiting "
                "for a meeting would be seriously detrimental to the school, a pupil, a parent or "
                "staff, and must report it to the board. Chair's action is for emergencies, not "
                "convenience.",
            ),
            heading("Chair and headteacher"),
            text(
                "The relationship works best when it is open and professional: regular meetings "
                "with an agreed agenda, no surprises in either direction, support for the head's "
                "wellbeing and clear challenge. Watch for two risks: a chair who becomes the head's "
                "friend and shields them from the board, and a chair who drifts into managing the "
                "school.",
            ),
            heading("The vice-chair and the chair's limits"),
            text(
                "The vice-chair stands in when the chair is absent or has a conflict of interest, "
                "and is the obvious successor. Give them real work: leading a committee, the "
                "board's self-evaluation or governor induction. The chair should step aside from "
                "anything where they could not be impartial, such as a complaint they have already "
                "discussed with the parent, and must never promise a parent or member of staff an "
                "outcome that only the board, a panel or the headteacher can decide.",
            ),
            tip(
                "Agree a no-surprises rule",
                "Ask the headteacher to tell you early about anything likely to reach the board or "
                "the press, such as a serious complaint, a safeguarding allegation against staff or a "
                "budget problem, and tell them early about the board's concerns.",
            ),
            reflection(
                "How would your headteacher describe the board's challenge and support? How would "
                "you check?",
                "Consider asking directly in your next one-to-one, or including the question in the "
                "board's annual self-evaluation.",
            ),
        ),
        lesson(
            "Meetings that decide",
            25,
            text(
                "Agendas should follow the strategy. Put the items that need a decision or deep "
                "discussion first, group routine items, and send papers with the agenda so that "
                "governors come prepared (in maintained schools, at least seven clear days before, "
                "except in urgent cases). Ask report writers to put a short summary on the front "
                "page: what the board is asked to do, and the key points.",
                "In the meeting:",
                bullets(
                    "state the purpose of each item: information, discussion or decision;",
                    "invite quieter governors in by name and manage those who dominate;",
                    "summarise what has been agreed before moving on, so the clerk can minute it;",
                    "end with actions, owners and dates, and review them at the next meeting.",
                ),
            ),
            heading("Developing the board"),
            text(
                "Chairs lead an annual review of the board's effectiveness: a skills audit, a "
                "self-evaluation of how the board works, and sometimes an external review of "
                "governance. Use the results to plan training, recruit for gaps (for example "
                "finance or human resources expertise from a business governor through the "
                "Northamptonshire Enterprise Partnership) and assign link roles. Plan succession: "
                "develop a vice-chair who could take over, and consider a limit on how long any "
                "one person chairs.",
            ),
            quiz(
                single(
                    "When may the chair of a maintained school's governing body take chair's action?",
                    [
                        "Whenever the board is likely to agree anyway",
                        "* When a matter is urgent and waiting for a meeting would be seriously "
                        "detrimental",
                        "For any decision about the budget",
                        "When the headteacher asks",
                    ],
                    "Chair's action is for genuine emergencies and must be reported to the board. "
                    "Otherwise decisions belong to the board.",
                ),
                multiple(
                    "Which practices help a meeting reach clear decisions?",
                    [
                        "* Putting decision items first on the agenda",
                        "* Summarising what has been agreed before moving on",
                        "Tabling papers on the night so they are up to date",
                        "* Ending with actions, owners and dates",
                    ],
                    "Papers tabled on the night cannot be read properly; send them in advance so "
                    "governors can prepare questions.",
                ),
                multiple(
                    "Which belong in the board's annual review of its effectiveness?",
                    [
                        "* A skills audit",
                        "* A self-evaluation of how the board works",
                        "Grading the headteacher's lessons",
                        "* A plan for succession and recruitment",
                    ],
                    "Skills, self-evaluation and succession are the board's own business. The "
                    "headteacher's performance is reviewed through appraisal, not lesson grades.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-effective-clerking"] = {
    "summary": "Develop the knowledge and skills of a professional clerk: preparing agendas and "
    "papers, minuting decisions and challenge, advising on procedure and the law, and keeping the "
    "board's records.",
    "description": "<p>A skilled clerk makes a board effective. This module is for new and "
    "experienced clerks to governing bodies, academy trust boards and local committees. It covers "
    "the clerk's duties before, during and after meetings, and the advice on governance law and "
    "procedure that boards rely on.</p>",
    "outcomes": [
        "Explain the clerk's role and independence, and to whom the clerk is accountable.",
        "Plan the board's annual cycle of business and prepare agendas and papers on time.",
        "Write accurate, concise minutes that record decisions, actions and challenge.",
        "Advise the board on quorum, conflicts of interest, delegation and record keeping.",
    ],
    "audiences": ["clerk", "governor"],
    "delivery_mode": "blended",
    "framework_codes": [(GCF, "GCF-13"), (GCF, "GCF-14"), (GCF, "GCF-16")],
    "lessons": [
        lesson(
            "The clerk's role and the annual cycle",
            30,
            text(
                "The clerk is accountable to the board, not to the headteacher, even when employed "
                "by the school. A professional clerk does far more than take notes: they advise on "
                "governance law and procedure, keep the board focused on its core functions and "
                "make sure it has the information it needs. The DfE's clerking competency framework "
                "(2017) described this role, and the current governance guides expect boards to "
                "have a professional clerk.",
                "Most of the work happens between meetings. Build an annual cycle of business with "
                "the chair: when the budget is approved, when the board reviews data, safeguarding, "
                "pupil premium, policies and its own effectiveness, and when elections and terms of "
                "office fall due.",
            ),
            heading("Before a meeting"),
            text(
                steps(
                    "Agree the agenda with the chair (and headteacher) from the annual cycle and "
                    "actions outstanding.",
                    "Chase papers, check they say what the board is asked to do, and send them out "
                    "on time: in maintained schools at least seven clear days before the meeting.",
                    "Check who is attending and whether the meeting will be quorate.",
                    "Note items where conflicts of interest are likely and remind governors to "
                    "declare them.",
                ),
            ),
            heading("Quorum and voting"),
            text(
                "Check the quorum rules for your board: in maintained schools a full governing body "
                "meeting is quorate when at least half the governors in office (rounded up) are "
                "present; academy trusts set their quorum in their articles of association, and "
                "committees have their own in their terms of reference. If a meeting becomes "
                "inquorate, it can continue to discuss but cannot decide. Decisions are by majority "
                "of those present and voting, and the chair has a casting vote where the rules "
                "allow one.",
            ),
            info(
                "Records the clerk keeps",
                "Typically: the register of business and pecuniary interests, attendance records, "
                "terms of office and appointments, training records, the board's details on the "
                "DfE's Get Information About Schools service, and the signed minutes. Schools and "
                "trusts must publish certain governance information on their websites.",
            ),
            reflection(
                "Which part of the annual cycle does your board handle least well? What could you "
                "change to help?",
                "For example, policy reviews bunching into one meeting, or training records out of "
                "date. Propose a fix to the chair.",
            ),
        ),
        lesson(
            "Minutes and advice in the meeting",
            30,
            text(
                "Minutes are a legal record. They should be accurate, concise and clear to someone "
                "who was not there, including an inspector. Record:",
                bullets(
                    "who attended, apologies and whether they were accepted, and that the meeting "
                    "was quorate;",
                    "declarations of interest and who left the room;",
                    "decisions, exactly as agreed, with any vote;",
                    "the main questions governors asked and the answers, showing challenge;",
                    "actions with owners and dates.",
                ),
                "Do not write a transcript. Keep confidential items (for example about individual "
                "staff or pupils) in separate confidential minutes. Circulate draft minutes promptly; "
                "the board approves them at the next meeting and the chair signs them.",
            ),
            heading("Advising the board"),
            text(
                "Speak up when the board risks acting outside its powers: a decision taken when not "
                "quorate, a governor with a conflict voting, a committee deciding something not "
                "delegated to it, a policy that does not match the law. Advise, and minute your "
                "advice; the decision remains the board's.",
            ),
            tip(
                "Write as you go",
                "Draft the decisions and actions during the meeting and read them back at the end of "
                "each item. It saves hours afterwards and avoids disputes about what was agreed.",
            ),
            quiz(
                single(
                    "To whom is the clerk accountable?",
                    [
                        "The headteacher",
                        "* The governing board",
                        "The local authority",
                        "The chair of the finance committee",
                    ],
                    "The clerk serves the whole board, even when the school employs them. This "
                    "independence lets the clerk give impartial advice.",
                ),
                multiple(
                    "Which should the minutes of a board meeting record?",
                    [
                        "* Declarations of interest",
                        "* Decisions and any votes",
                        "* The main questions governors asked",
                        "A word-for-word transcript of the discussion",
                    ],
                    "Minutes are a concise record of decisions, actions and challenge, not a "
                    "transcript.",
                ),
                single(
                    "A committee is about to approve something not delegated to it. What should the "
                    "clerk do?",
                    [
                        "Minute it as approved and say nothing",
                        "* Advise that it lacks the power and suggest it recommends to the full board",
                        "Leave the meeting",
                        "Ask the headteacher to decide",
                    ],
                    "The clerk advises on the board's powers and records the advice; the committee "
                    "can make a recommendation for the full board to decide.",
                ),
            ),
        ),
    ],
}

CONTENT["gov-business-mentoring"] = {
    "summary": "Prepare to mentor a headteacher or school leader as a business volunteer: how "
    "schools work, how to mentor well, and the boundaries, confidentiality and safeguarding "
    "rules that apply.",
    "description": "<p>Through the Northamptonshire Enterprise Partnership, business leaders mentor "
    "school leaders and serve as governors. This short module prepares volunteers: it explains the "
    "school system in plain terms, introduces a simple mentoring model and sets out the "
    "boundaries that keep the relationship useful and safe.</p>",
    "outcomes": [
        "Describe how schools in England are organised, funded and held to account.",
        "Apply a simple structure to mentoring conversations.",
        "Explain the boundaries of a mentoring relationship, including confidentiality and "
        "safeguarding.",
        "Plan how your business experience can help a school leader without importing solutions.",
    ],
    "audiences": ["governor", "headteacher", "senior_leader"],
    "delivery_mode": "online",
    "framework_codes": [(GCF, "GCF-4"), (GCF, "GCF-12"), (GCF, "GCF-15")],
    "lessons": [
        lesson(
            "Schools for business people",
            25,
            text(
                "Most state schools in England are either <strong>maintained</strong> by the local "
                "authority or <strong>academies</strong>, which are run by charitable trusts funded "
                "directly by the DfE; many academies belong to multi-academy trusts. Each has a "
                "governing board accountable for its performance, with the headteacher (or chief "
                "executive) running the organisation day to day. Schools are inspected by Ofsted, "
                "publish their results, and are funded mainly per pupil, so falling rolls quickly "
                "become a financial problem.",
                "A headteacher leads a complex organisation: teaching and learning, safeguarding, "
                "staffing, finance, premises, parents, and a statutory framework that changes "
                "often. Much will feel familiar (people, money, strategy, change) and some will not: "
                "the public accountability, the moral weight of decisions about children, and the "
                "limited freedom over pay and income.",
            ),
            info(
                "Words you will hear",
                bullets(
                    "<strong>DSL:</strong> designated safeguarding lead, the senior leader who "
                    "handles concerns about children's safety.",
                    "<strong>SENCO:</strong> the special educational needs coordinator.",
                    "<strong>EHC plan:</strong> an education, health and care plan, a legal "
                    "document setting out support for a child with complex needs.",
                    "<strong>Pupil premium:</strong> extra funding for disadvantaged pupils.",
                    "<strong>MAT:</strong> a multi-academy trust; <strong>CEO</strong> its chief "
                    "executive.",
                ),
            ),
            heading("What business volunteers bring"),
            text(
                bullets(
                    "an outside view and a safe person to think aloud with;",
                    "experience of leading change, managing budgets and people, and strategy;",
                    "links with employers that help pupils see routes into work, as the Race to the "
                    "Top strategy intended;",
                    "a governor's skills in finance, human resources, premises or risk.",
                ),
            ),
            text(
                "Many business volunteers also become governors or trustees. Boards look for skills "
                "in finance, human resources, law, premises, risk and strategy, and value people "
                "who can ask good questions from outside education. Expect to give time to "
                "meetings, visits and training (several hours a month), and to have an enhanced "
                "DBS check before you start, as all governors and trustees do.",
            ),
            reflection(
                "Which experience from your own career would a school leader find most useful, and "
                "what would you need to learn about schools before offering it?",
                "Think of a challenge you led, what you learned, and how the context of a school "
                "might change it.",
            ),
        ),
        lesson(
            "Mentoring well and safely",
            25,
            text(
                "Mentoring helps the mentee think and decide; it is not consultancy. A simple "
                "structure for each conversation is <strong>GROW</strong>:",
                bullets(
                    "<strong>Goal:</strong> what do you want from this session and beyond?",
                    "<strong>Reality:</strong> what is happening now? What have you tried?",
                    "<strong>Options:</strong> what could you do? What else?",
                    "<strong>Way forward:</strong> what will you do, by when, and how will you know "
                    "it worked?",
                ),
                "Share your experience when it helps, labelled as one option, not the answer: 'In "
                "my company we did this; it might or might not fit here.'",
            ),
            heading("Boundaries"),
            text(
                "Agree at the start how often you will meet, for how long, and what is confidential. "
                "Confidentiality has limits: you must pass on any concern that a child may be at "
                "risk of harm to the school's designated safeguarding lead. You will not usually work "
                "with pupils unsupervised; if you do, the school will carry out the checks its "
                "safer recruitment policy requires. Never make decisions for the school or speak for "
                "it, and declare any business interest, for example if your firm might supply it.",
            ),
            warning(
                "Safeguarding comes first",
                "If anything you hear or see suggests a child is at risk, tell the designated "
                "safeguarding lead the same day. Mentoring confidentiality never covers it.",
            ),
            quiz(
                single(
                    "What does the 'O' in the GROW model stand for?",
                    ["Objectives", "* Options", "Outcomes", "Obstacles"],
                    "Goal, Reality, Options, Way forward. The options stage widens the mentee's "
                    "thinking before they choose.",
                ),
                multiple(
                    "Which should a business mentor agree with a school leader at the start?",
                    [
                        "* How often and for how long you will meet",
                        "* What is confidential and its limits",
                        "Which staff you will manage",
                        "* How you will review whether the mentoring is helping",
                    ],
                    "Contracting covers practicalities, confidentiality and review. A mentor never "
                    "manages school staff.",
                ),
                single(
                    "Your mentee mentions something that suggests a pupil may be at risk. What do you "
                    "do?",
                    [
                        "Keep it confidential as agreed",
                        "Call the pupil's parents",
                        "* Make sure the designated safeguarding lead knows the same day",
                        "Raise it at your next mentoring session",
                    ],
                    "Safeguarding overrides mentoring confidentiality. The DSL decides what happens "
                    "next.",
                ),
            ),
        ),
    ],
}
