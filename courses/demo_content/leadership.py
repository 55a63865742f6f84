"""Leadership modules: middle and senior leadership, curriculum, headship and lessons from business."""

from courses.frameworks import ITTECF
from courses.frameworks import TEACHERS_STANDARDS as TS

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

CONTENT["lead-middle-leadership"] = {
    "summary": "Step up to leading a department, subject, phase or year team: setting direction, "
    "checking quality without adding workload, developing colleagues and handling difficult "
    "conversations.",
    "description": "<p>Middle leaders are where school improvement happens or stalls. This module "
    "from the Kettering Park alliance is for new and aspiring heads of department, subject leaders, "
    "phase leaders and heads of year. It is the first step in the county's leadership pathway and "
    "prepares for national professional qualifications such as the NPQ in Leading Teaching or "
    "Leading Behaviour and Culture.</p>",
    "outcomes": [
        "Explain the middle leader's role in improving teaching and pupils' outcomes.",
        "Plan quality assurance that gives reliable evidence without adding unnecessary workload.",
        "Lead team meetings and professional development focused on teaching.",
        "Prepare for and hold difficult conversations constructively.",
    ],
    "audiences": ["middle_leader", "teacher"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS8"), (ITTECF, "ITTECF-8")],
    "lessons": [
        lesson(
            "From teacher to leader",
            35,
            text(
                "The move into middle leadership is often the biggest change in a teaching career. "
                "You are still a teacher, often with a near-full timetable, and now responsible for "
                "the work of colleagues who were your peers. Your influence on pupils now comes "
                "mostly through others: the quality of your team's curriculum, teaching and "
                "relationships.",
                "A middle leader's core work:",
                bullets(
                    "<strong>Curriculum:</strong> what pupils learn, in what order, and how it is "
                    "assessed;",
                    "<strong>Teaching:</strong> helping every colleague teach it well;",
                    "<strong>People:</strong> line management, development, wellbeing;",
                    "<strong>Pupils:</strong> behaviour, attendance, progress and pastoral care in "
                    "your area;",
                    "<strong>Operations:</strong> resources, budget, deadlines, compliance.",
                ),
                "It is easy to be consumed by operations. Protect time each week for the first two.",
            ),
            heading("Leading through others"),
            text(
                "Colleagues follow leaders they trust. Trust grows from competence (you know your "
                "subject and the job), integrity (you do what you say and are fair) and care (you "
                "notice people and protect them from pointless work). Early on, listen more than "
                "you change: learn what the team does well and why things are as they are, then "
                "agree priorities together.",
            ),
            info(
                "National professional qualifications",
                "The DfE's NPQs for teachers and leaders include Leading Teaching, Leading Teacher "
                "Development, Leading Behaviour and Culture, and Leading Literacy, as well as Senior "
                "Leadership and Headship. They are delivered by accredited providers, often through "
                "Teaching School hubs. This module is a good preparation for any of the specialist "
                "NPQs.",
            ),
            tip(
                "Your first half term",
                "Meet each team member one-to-one, look at pupils' work across the team, read the "
                "data, and ask pupils about their learning. Then share three priorities with the "
                "team and explain why you chose them.",
            ),
            reflection(
                "How much of your leadership time last week went on curriculum and teaching, and how "
                "much on operations? What could you delegate, simplify or stop?",
                "Look back over your calendar and to-do list. Name one operational task to remove "
                "and one teaching-focused activity to put in its place.",
            ),
        ),
        lesson(
            "Quality assurance that helps",
            35,
            text(
                "Leaders need to know how well pupils are learning. Quality assurance (QA) gathers "
                "evidence, but much traditional QA (frequent graded observations, heavy book "
                "scrutiny with written feedback to teachers, data drops nobody uses) costs time and "
                "goodwill and says little. Better QA is developmental, focused and triangulated:",
                bullets(
                    "look at pupils' work together as a team, against the curriculum: are pupils "
                    "learning what we intended?",
                    "visit lessons briefly and often, with a focus agreed with colleagues, followed "
                    "by a conversation rather than a grade;",
                    "talk to pupils about what they have learned and remember;",
                    "use assessment data to ask questions, not to rank teachers.",
                ),
                "When the evidence suggests a problem, the first question is what the team needs: "
                "clearer curriculum materials, shared planning, subject knowledge development, or "
                "coaching for an individual.",
            ),
            heading("Triangulation in practice"),
            text(
                "Suppose Year 8 assessment results in your subject fall. Before concluding anything, "
                "look at the questions pupils got wrong: do they cluster on one unit? Look at books "
                "from that unit across classes: was it taught fully, or squeezed by a trip and a "
                "mock week? Ask a few pupils what they remember. If all three point to a unit that "
                "was rushed, the response is about curriculum time, not an individual teacher, and "
                "the evidence makes that case to senior leaders.",
            ),
            heading("Team meetings about teaching"),
            text(
                "Turn meetings into professional development: share how you will teach a tricky "
                "concept next week, rehearse an explanation, look at pupils' answers to a common "
                "question, or agree how to model a method. Put administrative items in an email.",
            ),
            info(
                "Workload",
                "Ask of every QA activity: how will this information improve pupils' learning, and "
                "is it worth the time it takes? If the answer is unclear, drop it.",
            ),
            reflection(
                "List the QA activities in your area this year. Which gave you evidence you acted "
                "on, and which did not?",
                "Consider dropping one that you did not act on, and explain to your team why.",
            ),
        ),
        lesson(
            "Difficult conversations",
            30,
            text(
                "Every leader has to raise concerns: a colleague missing deadlines, lessons that are "
                "not going well, a comment that upset others. Avoiding the conversation is unfair to "
                "pupils, to the team and to the colleague, who cannot improve what no one mentions.",
                steps(
                    "<strong>Prepare:</strong> be clear about the issue, the evidence and the "
                    "outcome you want. Check the facts and the relevant policy.",
                    "<strong>Open clearly:</strong> name the issue early and specifically. 'I want "
                    "to talk about the Year 10 assessments, which were due on Friday and haven't "
                    "been marked.'",
                    "<strong>Listen:</strong> ask for their view; there may be something you do not "
                    "know (illness, caring duties, confusion about expectations).",
                    "<strong>Agree next steps:</strong> what will happen, what support you will "
                    "give, and when you will check in.",
                    "<strong>Follow up</strong> as agreed, and note the conversation.",
                ),
            ),
            warning(
                "Know when to involve others",
                "If a concern may be about capability, conduct or safeguarding, speak to your line "
                "manager or human resources before acting. Concerns that a colleague may pose a risk "
                "to children go straight to the headteacher.",
            ),
            quiz(
                single(
                    "Which is the most useful quality assurance activity?",
                    [
                        "Termly graded lesson observations of every teacher",
                        "* Looking at pupils' work together as a team against the curriculum",
                        "Collecting data every three weeks whether or not it is used",
                        "Written feedback on every teacher's marking",
                    ],
                    "Shared scrutiny against the curriculum builds a common understanding of "
                    "quality and development, with less workload.",
                ),
                multiple(
                    "What builds trust in a new middle leader?",
                    [
                        "* Knowing the subject and the job well",
                        "* Doing what you say you will do",
                        "* Protecting colleagues from pointless work",
                        "Changing everything in the first month to show authority",
                    ],
                    "Competence, integrity and care build trust; listening before changing helps "
                    "the team to follow.",
                ),
                single(
                    "How should you open a difficult conversation?",
                    [
                        "With general praise, then the issue at the end",
                        "* By naming the issue early and specifically",
                        "By asking other colleagues to join in",
                        "By email, to avoid awkwardness",
                    ],
                    "Clear, early and specific is kinder than hints. Then listen.",
                ),
                multiple(
                    "Which are parts of a middle leader's core work?",
                    [
                        "* The curriculum in their area",
                        "* Helping colleagues teach well",
                        "* Line management and wellbeing",
                        "Approving the school's annual budget",
                    ],
                    "The board approves the budget. Middle leaders may manage a departmental "
                    "budget within it.",
                ),
            ),
        ),
    ],
}

CONTENT["lead-curriculum-leadership"] = {
    "summary": "Lead the design of a coherent, ambitious curriculum: deciding what pupils should "
    "know, sequencing it so learning builds, and checking that the curriculum as taught is the "
    "curriculum as planned.",
    "description": "<p>From the Daventry Meadows alliance. For subject leaders in primary and "
    "secondary schools, and senior leaders responsible for the whole curriculum. It covers the "
    "knowledge pupils need, how to sequence and connect it, how assessment fits, and how to lead "
    "colleagues through curriculum change.</p>",
    "outcomes": [
        "Explain substantive and disciplinary knowledge and why both matter.",
        "Design a curriculum sequence in which later learning builds on earlier learning.",
        "Align assessment with the curriculum.",
        "Lead colleagues in implementing and evaluating curriculum change.",
    ],
    "audiences": ["middle_leader", "senior_leader", "teacher"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS3"), (ITTECF, "ITTECF-3")],
    "lessons": [
        lesson(
            "What should pupils know?",
            40,
            text(
                "A curriculum is a plan for what pupils should learn, in what order, and why. Every "
                "curriculum is a selection: there is always more to teach than time allows, so "
                "leaders must decide what matters most. Good questions to ask about any content:",
                bullets(
                    "Is it essential to understanding the subject, or to what comes later?",
                    "Does it give pupils access to knowledge they would not meet at home, sometimes "
                    "called 'powerful knowledge' after the sociologist Michael Young?",
                    "Does it reflect the breadth of the subject and of the people who have "
                    "contributed to it?",
                    "Is it what the national curriculum or examination specification requires?",
                ),
            ),
            text(
                "Ambition means the same rich curriculum for every pupil. Disadvantaged pupils and "
                "pupils with SEND should not be offered a narrower diet; they may need more time, "
                "more practice or different routes to the same destination. Leaders should also "
                "ask whose stories, voices and contributions the curriculum includes, so that all "
                "pupils see themselves in it and learn about people unlike themselves.",
            ),
            heading("Substantive and disciplinary knowledge"),
            text(
                "<strong>Substantive knowledge</strong> is the content of a subject: facts, "
                "concepts, vocabulary, methods (the causes of the First World War, photosynthesis, "
                "how to solve a quadratic). <strong>Disciplinary knowledge</strong> is how the "
                "subject makes and tests that knowledge: how historians use sources and argue about "
                "interpretations, how scientists design investigations, how geographers collect "
                "and interpret fieldwork data. A curriculum that teaches only substantive knowledge "
                "leaves pupils unable to think like a historian or scientist; one that teaches only "
                "'skills' leaves them nothing to think with.",
                "Some concepts recur across a curriculum and deepen each time: <em>power</em> and "
                "<em>empire</em> in history, <em>energy</em> and <em>particles</em> in science, "
                "<em>place</em> and <em>scale</em> in geography. Naming them helps teachers make "
                "connections explicit.",
            ),
            reflection(
                "Pick one unit your team teaches. What are the three most important things pupils "
                "should still know in two years' time? Does the way the unit is taught reflect that?",
                "If the answer surprises you, you have found a place to start redesigning.",
            ),
        ),
        lesson(
            "Sequencing and assessment",
            35,
            text(
                "Learning builds on prior knowledge, so order matters. When sequencing:",
                bullets(
                    "teach prerequisites before the ideas that depend on them (place value before "
                    "column methods; particles before states of matter and dissolving);",
                    "return to important ideas in new contexts, so they are remembered and deepened;",
                    "build in retrieval practice: short, low-stakes questions on earlier content;",
                    "make links across subjects deliberate: history and English reading the same "
                    "period; mathematics and science agreeing how to draw graphs.",
                ),
                "In primary schools, subject leaders also map how content builds across year groups "
                "and mixed-age classes, so that nothing important is taught twice or missed.",
            ),
            heading("Assessment follows the curriculum"),
            text(
                "If the curriculum sets out what pupils should know, assessment should check whether "
                "they know it. Generic 'levels' or descriptors ('can explain in detail') tell "
                "teachers little. Questions tied to specific content ('Why did the Normans build "
                "castles after 1066?') show what pupils have learned and what to re-teach. Use "
                "frequent low-stakes checks for teaching, and fewer, well-designed summative "
                "assessments for reporting.",
            ),
            tip(
                "The curriculum as taught",
                "Plans on paper are not the curriculum pupils experience. Look at pupils' books and "
                "talk to pupils: can they tell you what they learned last term and how it connects "
                "to this term?",
            ),
            quiz(
                single(
                    "Which is an example of disciplinary knowledge in history?",
                    [
                        "The date of the Battle of Hastings",
                        "* How historians weigh up the reliability of different sources",
                        "The names of the Tudor monarchs",
                        "The causes of the First World War",
                    ],
                    "Disciplinary knowledge is about how the subject creates and tests knowledge. "
                    "The others are substantive content.",
                ),
                multiple(
                    "Which help pupils build on prior learning?",
                    [
                        "* Teaching prerequisites before ideas that depend on them",
                        "* Retrieval practice on earlier content",
                        "* Returning to key concepts in new contexts",
                        "Teaching each topic once and never returning to it",
                    ],
                    "Learning sticks when important ideas are revisited and connected.",
                ),
                single(
                    "Which assessment question tells a teacher most about what pupils have learned?",
                    [
                        "Rate your understanding of the Normans from 1 to 5",
                        "Write in detail about history",
                        "* Why did the Normans build castles after 1066?",
                        "Did you enjoy the topic?",
                    ],
                    "A question tied to specific curriculum content reveals what pupils know and "
                    "what needs re-teaching.",
                ),
            ),
        ),
        lesson(
            "Leading curriculum change",
            30,
            text(
                "Curriculum change succeeds or fails in classrooms. Colleagues need to understand "
                "why the change matters, have time to develop the subject knowledge it requires, and "
                "have good materials. The Education Endowment Foundation's guidance on "
                "implementation describes a process of <strong>exploring</strong> the problem and "
                "options, <strong>preparing</strong> carefully, <strong>delivering</strong> with "
                "support and monitoring, and <strong>sustaining</strong> the change.",
                steps(
                    "Start from evidence about pupils' learning, not from a new fashion.",
                    "Change a manageable amount at a time; a unit well redesigned beats a whole "
                    "scheme half-changed.",
                    "Plan collaboratively and share resources, so workload falls rather than rises.",
                    "Build subject knowledge, especially for non-specialists.",
                    "Check what happens in classrooms and adjust.",
                ),
            ),
            heading("Evaluating the change"),
            text(
                "Decide at the start how you will know whether the new curriculum is working, and "
                "collect that evidence as you go rather than at the end. Useful signs include what "
                "pupils can recall and explain months later, the quality of their work compared "
                "with earlier cohorts, teachers' confidence in teaching the content, and whether "
                "the curriculum is being taught as planned in every class. Expect a dip while "
                "colleagues learn the new approach, and plan support for it, rather than abandoning "
                "the change at the first difficulty.",
            ),
            info(
                "Primary subject leaders",
                "In primary schools one leader may be responsible for a subject taught by every "
                "teacher. Short, practical development in staff meetings (how to teach this "
                "concept, what misconceptions to expect) and well-designed unit overviews help "
                "colleagues teach beyond their specialism.",
            ),
            text(
                "Talk to pupils throughout. Pupils who can explain what they learned last term and "
                "how it connects to this term are the best evidence that a curriculum is coherent; "
                "pupils who remember only activities ('we made a volcano') suggest the knowledge "
                "behind them has not stuck.",
            ),
            reflection(
                "What is one curriculum change your area needs? Using the four stages of explore, "
                "prepare, deliver and sustain, what would you do in each?",
                "Be specific about the evidence that the change is needed and how you would know "
                "it had worked.",
            ),
        ),
    ],
}

CONTENT["lead-senior-leadership"] = {
    "summary": "Lead whole-school improvement as a senior leader: evaluating the school honestly, "
    "choosing a few priorities, implementing them well and building a culture where staff keep "
    "improving.",
    "description": "<p>From the Rushden Riverside Academy Trust alliance. For assistant and deputy "
    "headteachers and aspiring senior leaders. It follows the county's leadership pathway from "
    "<em>Middle leadership</em> and prepares for the NPQ in Senior Leadership, covering "
    "self-evaluation, improvement planning, implementation, staff development and working with the "
    "board.</p>",
    "outcomes": [
        "Evaluate the school's strengths and weaknesses from triangulated evidence.",
        "Plan a small number of improvement priorities with clear measures of success.",
        "Implement change using an evidence-informed process.",
        "Lead professional development and a culture of continuous improvement.",
        "Report to the governing board in ways that support its oversight.",
    ],
    "audiences": ["senior_leader", "middle_leader", "headteacher"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS8")],
    "lessons": [
        lesson(
            "Knowing your school",
            40,
            text(
                "Improvement starts with an honest picture of where the school is. Self-evaluation "
                "is not a document for inspectors; it is leaders' shared understanding of what is "
                "going well, what is not, and why. Draw on:",
                bullets(
                    "outcomes and assessment data, for groups as well as the whole cohort;",
                    "attendance, behaviour and suspension data;",
                    "what you see in classrooms and in pupils' work;",
                    "the views of pupils, parents and staff;",
                    "external perspectives: trust reviews, peer reviews with other schools, "
                    "inspection reports.",
                ),
                "Ask 'why?' more than once. Low writing outcomes might stem from handwriting "
                "fluency, vocabulary, or little extended writing in the curriculum; each needs a "
                "different response.",
            ),
            info(
                "Peer review",
                "Many schools in trusts, alliances and local networks take part in peer review, in "
                "which leaders from partner schools visit, look at an agreed focus and feed back. "
                "It works best when the school chooses a genuine question, the reviewers have the "
                "expertise to answer it, and the findings are used for development rather than "
                "judgement.",
            ),
            text(
                "Look especially at groups that averages hide: disadvantaged pupils, pupils with "
                "SEND, pupils who join mid-year, and those with low attendance. The Race to the Top "
                "strategy asked every Northamptonshire school to narrow the gaps for vulnerable "
                "groups; a self-evaluation that only describes the whole cohort cannot show whether "
                "that is happening.",
            ),
            heading("Choosing priorities"),
            text(
                "Schools often try to improve too many things at once. Choose a small number of "
                "priorities (often three or fewer) that will make the biggest difference for pupils, "
                "and say what you will stop doing to make room. For each, define what success looks "
                "like in terms of pupils' experience and outcomes, not only actions completed.",
            ),
            tip(
                "Test your diagnosis",
                "Before committing to a priority, check the problem is what you think it is by "
                "looking at it from another angle: if data says reading is weak, listen to pupils "
                "read.",
            ),
            reflection(
                "What are your school's three biggest priorities? For each, what is the root cause, "
                "and how confident are you about it?",
                "Note the evidence behind each diagnosis and where it could be strengthened.",
            ),
        ),
        lesson(
            "Implementation and culture",
            40,
            text(
                "Most improvement plans fail in implementation, not design. The Education Endowment "
                "Foundation's guidance on implementation sets out four stages: "
                "<strong>explore</strong> (define the problem and choose an evidence-informed "
                "approach), <strong>prepare</strong> (plan, train, make sure the school is ready), "
                "<strong>deliver</strong> (support staff, monitor, solve problems) and "
                "<strong>sustain</strong> (embed the change and keep checking it works).",
                "Senior leaders make implementation work by protecting time, removing competing "
                "initiatives, providing ongoing support such as coaching rather than one-off "
                "training, and monitoring whether the change is happening as intended (fidelity) "
                "as well as its effect on pupils.",
            ),
            heading("Professional development"),
            text(
                "The DfE's standard for teachers' professional development says it should focus on "
                "improving and evaluating pupil outcomes, be underpinned by robust evidence and "
                "expertise, include collaboration and expert challenge, be sustained over time, and "
                "be prioritised by school leadership. Plan professional development as part of the "
                "improvement priorities, not as a separate calendar of courses.",
            ),
            heading("Working with the board"),
            text(
                "Governors and trustees hold senior leaders to account. Help them do it well: "
                "reports that are short, focused on the priorities, honest about what is not "
                "working, with data in context. Welcome challenge; a board that understands the "
                "school is a strong ally.",
            ),
            quiz(
                single(
                    "What are the four stages in the EEF's guidance on implementation?",
                    [
                        "Plan, do, check, act",
                        "* Explore, prepare, deliver, sustain",
                        "Assess, plan, do, review",
                        "Goal, reality, options, way forward",
                    ],
                    "Plan-do-check-act is a quality cycle, assess-plan-do-review is the SEND "
                    "graduated approach and GROW is a coaching model.",
                ),
                multiple(
                    "Which are features of effective professional development in the DfE standard?",
                    [
                        "* A focus on improving and evaluating pupil outcomes",
                        "* Sustained over time",
                        "* Collaboration and expert challenge",
                        "One-off inspirational speakers",
                    ],
                    "The standard emphasises sustained, collaborative, evidence-informed "
                    "development focused on pupils.",
                ),
                single(
                    "Data suggests writing is weak. What should leaders do first?",
                    [
                        "Buy a new writing scheme",
                        "* Investigate the root cause, for example by looking at pupils' writing and "
                        "the curriculum",
                        "Add a writing target to every teacher's appraisal",
                        "Increase the number of writing assessments",
                    ],
                    "The right response depends on the cause. Diagnose before choosing an approach.",
                ),
                multiple(
                    "Which help governors hold leaders to account?",
                    [
                        "* Short reports focused on the priorities",
                        "* Honesty about what is not working",
                        "Long reports with every data set",
                        "* Data presented with context and comparisons",
                    ],
                    "Governors need focused, honest, contextualised information to ask good "
                    "questions.",
                ),
            ),
        ),
    ],
}

CONTENT["lead-preparing-for-headship"] = {
    "summary": "Prepare for headship: the headteacher's legal and moral responsibilities, working "
    "with the board, leading people and culture, and planning your first year in post.",
    "description": "<p>The last step in the county's leadership pathway, from the Rushden Riverside "
    "Academy Trust alliance, for deputy and assistant headteachers preparing to apply for headship, "
    "and for new headteachers. It complements the NPQ for Headship and draws on the DfE's "
    "headteachers' standards (2020).</p>",
    "outcomes": [
        "Explain the headteacher's statutory responsibilities and accountabilities.",
        "Describe an effective working relationship with the governing board or trust.",
        "Plan how to lead culture, people and change in a new school.",
        "Plan for your own wellbeing and support as a headteacher.",
    ],
    "audiences": ["senior_leader", "headteacher"],
    "delivery_mode": "face_to_face",
    "framework_codes": [(TS, "TS8")],
    "lessons": [
        lesson(
            "The headteacher's responsibilities",
            40,
            text(
                "A headteacher is responsible for the internal organisation, management and "
                "control of the school, and for the quality of education, within the framework set "
                "by the board and the law. The DfE's headteachers' standards (2020) describe the "
                "role through areas including school culture, teaching, curriculum and assessment, "
                "behaviour, additional and special educational needs, professional development, "
                "organisational management, continuous school improvement, working in partnership, "
                "and governance and accountability, all underpinned by ethics and professional "
                "conduct.",
                "Some responsibilities rest with the headteacher personally. For example, only the "
                "headteacher can suspend or permanently exclude a pupil. Headteachers are "
                "responsible for safeguarding arrangements working day to day (usually with a "
                "designated safeguarding lead from the senior team), for health and safety, and for "
                "staff performance management within the board's policies.",
            ),
            heading("Working with the board"),
            text(
                "The board sets direction, holds you to account and oversees finance; you run the "
                "school. The relationship works best when roles are clear and respected. Build a "
                "strong working relationship with the chair (regular meetings, no surprises), give "
                "the board honest information, and welcome challenge. In a multi-academy trust, "
                "understand the scheme of delegation: which decisions are yours, the local "
                "governing body's, the chief executive's or the trust board's.",
            ),
            warning(
                "Accountability is personal",
                "Headteachers are accountable to the board, to inspectors, to parents and to the "
                "community. Decisions about exclusions, safeguarding and staffing can be "
                "challenged; know the statutory guidance and keep clear records of decisions and "
                "reasons.",
            ),
            text(
                "When you apply for headship, do your own due diligence. Read the school's "
                "published information, inspection reports, performance data and budget "
                "documents where available, visit, and talk to the chair of governors about the "
                "board's expectations. Recruitment usually involves a panel of governors or "
                "trustees, tasks such as a presentation or data analysis, and time with pupils and "
                "staff. It is a two-way process: you are judging whether this school and board are "
                "right for you.",
            ),
            reflection(
                "Which of the headteachers' standards areas are your strongest, and which would you "
                "most need to develop before headship?",
                "Use evidence from your current role and feedback from colleagues. Plan one "
                "experience that would develop the weakest area, such as leading a budget process.",
            ),
        ),
        lesson(
            "Your first year",
            35,
            text(
                "New headteachers inherit a culture, a team and a history. The first months are "
                "for learning the school deeply and building trust, while acting quickly on anything "
                "unsafe. A practical plan:",
                bullets(
                    "<strong>Before you start:</strong> read the development plan, inspection "
                    "reports, budget and safeguarding records; meet the chair, the senior team and "
                    "the outgoing head if possible.",
                    "<strong>First weeks:</strong> check safeguarding, the single central record, "
                    "health and safety and finances; meet every member of staff; be visible at the "
                    "gate and in classrooms.",
                    "<strong>First term:</strong> listen to pupils, staff, parents and governors; "
                    "form your own evaluation; identify quick improvements staff will notice, such "
                    "as removing an unnecessary task.",
                    "<strong>By the end of the year:</strong> agree a small number of priorities "
                    "with the board, built on what is already good.",
                ),
            ),
            heading("Looking after yourself"),
            text(
                "Headship can be isolating. Build your support: a mentor or coach who is an "
                "experienced head, a network of peers (through your trust, alliance or local "
                "headteachers' groups), and agreed boundaries with the chair about out-of-hours "
                "contact. Model the workload and wellbeing practices you want staff to follow.",
            ),
            tip(
                "Quick wins that matter",
                "Fixing something staff have complained about for years, such as a duplicate data "
                "entry or a broken photocopier, builds goodwill for the harder changes ahead.",
            ),
            quiz(
                single(
                    "Who can suspend or permanently exclude a pupil?",
                    [
                        "Any senior leader",
                        "* The headteacher",
                        "The chair of governors",
                        "The local authority",
                    ],
                    "Only the headteacher can exclude. The governing board must consider certain "
                    "exclusions and may reinstate.",
                ),
                multiple(
                    "What should a new headteacher check in the first weeks?",
                    [
                        "* Safeguarding arrangements and the single central record",
                        "* The school's financial position",
                        "* Health and safety",
                        "The colour scheme of the website",
                    ],
                    "Safety and finance come first, so that any urgent risk is found and acted on "
                    "early.",
                ),
                single(
                    "In a multi-academy trust, which document sets out who makes which decisions?",
                    [
                        "The staff handbook",
                        "* The scheme of delegation",
                        "The school development plan",
                        "The admissions policy",
                    ],
                    "The scheme of delegation sets out which decisions sit with the trust board, "
                    "the chief executive, local governing bodies and headteachers.",
                ),
            ),
        ),
    ],
}

CONTENT["lead-leading-complex-organisations"] = {
    "summary": "Learn from business leaders how large organisations set strategy, lead change, "
    "manage risk and measure performance, and how these ideas translate, or do not, to schools "
    "and trusts.",
    "description": "<p>Delivered by business leaders from the Northamptonshire Enterprise "
    "Partnership, as the Race to the Top strategy set out, for school and trust leaders facing "
    "growth, mergers or complex change. It compares approaches from business with the realities of "
    "schools, so leaders can borrow what fits.</p>",
    "outcomes": [
        "Compare strategy, change and performance management in business and in schools.",
        "Apply a structured approach to leading organisational change.",
        "Use simple tools for stakeholder mapping, risk and key performance indicators.",
        "Evaluate which business practices suit a school or trust context.",
    ],
    "audiences": ["senior_leader", "headteacher", "governor"],
    "delivery_mode": "face_to_face",
    "framework_codes": [],
    "lessons": [
        lesson(
            "Strategy and change",
            35,
            text(
                "Businesses and schools share more than either often assumes: both must set "
                "direction, allocate scarce resources, lead people through change and answer to "
                "others. The differences matter too: schools cannot choose their customers, their "
                "purpose is moral as well as practical, and their income is largely fixed by "
                "formula.",
                "A widely used model of change, from John Kotter's <em>Leading Change</em>, describes "
                "eight steps: establish a sense of urgency; create a guiding coalition; develop a "
                "vision and strategy; communicate the vision; empower people to act by removing "
                "obstacles; generate short-term wins; consolidate gains and produce more change; "
                "and anchor new approaches in the culture. In a school, the 'guiding coalition' might be a group of "
                "respected teachers as well as senior leaders, and 'short-term wins' might be "
                "visible improvements in pupils' work that convince colleagues the change is worth "
                "it.",
            ),
            heading("Growth and mergers"),
            text(
                "Growing trusts face problems familiar from business acquisitions: doing due "
                "diligence on a school joining (finances, buildings, staffing, safeguarding, "
                "outcomes), deciding which services to centralise, and blending cultures. Business "
                "experience suggests that integration fails more often on culture and communication "
                "than on systems. Leaders should be clear about what will be common across the "
                "trust and what each school keeps, and explain the reasons to staff and parents "
                "early.",
            ),
            heading("Stakeholders"),
            text(
                "Large organisations map stakeholders by their influence and interest, and plan how "
                "to engage each. For a trust merging two schools, stakeholders include staff, unions, "
                "parents, pupils, local councillors, the diocese in church schools, and the DfE. "
                "Those with high influence and high interest need close involvement from the start; "
                "those with less need good information.",
            ),
            reflection(
                "Think of a change you are leading or will lead. Which stakeholders have most "
                "influence and interest, and how will you involve them?",
                "Draw a quick two-by-two grid of influence and interest and place each group on it.",
            ),
        ),
        lesson(
            "Measuring performance and managing risk",
            35,
            text(
                "Businesses use key performance indicators (KPIs) to keep attention on what matters. "
                "Good KPIs are few, linked to strategy, measured consistently and balanced, so that "
                "improving one does not quietly damage another. The balanced scorecard idea looks at "
                "financial results alongside customers, internal processes and learning and growth. "
                "A trust might track pupil outcomes alongside attendance, staff retention, parental "
                "confidence and financial health.",
                "Beware of targets that distort behaviour. If a measure becomes the goal, people find "
                "ways to hit the number without improving the thing it was meant to show.",
            ),
            heading("Risk"),
            text(
                "Boards of companies and academy trusts keep a risk register: each risk, its "
                "likelihood and impact, controls in place, the owner and the remaining risk. "
                "Business leaders bring experience of horizon scanning (what might hit us in the "
                "next three years?) and of setting risk appetite: how much risk the organisation "
                "will accept in pursuit of its aims. A trust may accept risk in trying a new "
                "curriculum approach but very little in safeguarding or financial compliance.",
            ),
            tip(
                "Borrow, don't copy",
                "Ask of any business practice: what problem does it solve there, does that problem "
                "exist here, and what would it cost in teachers' time?",
            ),
            quiz(
                multiple(
                    "Which are features of good KPIs?",
                    [
                        "* Few in number",
                        "* Linked to strategy",
                        "* Balanced so that one does not improve at another's expense",
                        "Changed every term to keep people interested",
                    ],
                    "Consistency over time is what makes a measure useful for seeing trends.",
                ),
                single(
                    "In Kotter's model, what is the purpose of short-term wins?",
                    [
                        "To finish the change quickly",
                        "* To show early evidence that the change is working and build momentum",
                        "To reward senior leaders",
                        "To replace the long-term vision",
                    ],
                    "Visible early successes persuade sceptics and sustain energy for the longer "
                    "change.",
                ),
                single(
                    "A trust board decides it will accept almost no risk in safeguarding but some risk "
                    "in curriculum innovation. What is it setting?",
                    ["Its KPIs", "* Its risk appetite", "Its scheme of delegation", "Its budget"],
                    "Risk appetite is the amount and type of risk an organisation will accept in "
                    "pursuit of its aims.",
                ),
            ),
        ),
    ],
}
