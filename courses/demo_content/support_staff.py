"""Support staff modules: teaching assistants, SEND support and the route to HLTA status."""

from courses.frameworks import ITTECF

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

CONTENT["ss-effective-teaching-assistants"] = {
    "summary": "Make the most of your role as a teaching assistant: work with the teacher as a "
    "team, support pupils to become independent learners, and deliver structured interventions "
    "well.",
    "description": "<p>Teaching assistants make a real difference when they are well prepared, add "
    "to what the teacher does and help pupils learn to work on their own. This module, from the "
    "Abington Vale alliance, draws on the Education Endowment Foundation's guidance on making best "
    "use of teaching assistants and gives practical techniques for every lesson.</p>",
    "outcomes": [
        "Explain how teaching assistants add most value in classrooms and interventions.",
        "Use a scaffolding framework to encourage pupils' independence.",
        "Plan with the teacher so you know the lesson's purpose and your role in it.",
        "Deliver a structured intervention with fidelity and link it to classroom learning.",
    ],
    "audiences": ["teaching_assistant", "support_staff"],
    "delivery_mode": "blended",
    "framework_codes": [(ITTECF, "ITTECF-5")],
    "lessons": [
        lesson(
            "Adding value in the classroom",
            35,
            text(
                "Research in England found that when teaching assistants (TAs) spend most of their "
                "time with the lowest-attaining pupils, those pupils can end up with less time with "
                "the teacher and less progress. The Education Endowment Foundation's guidance report "
                "on making best use of teaching assistants draws lessons from this. Among its "
                "recommendations:",
                bullets(
                    "TAs should not be used as an informal teaching resource for low-attaining "
                    "pupils;",
                    "TAs should add value to what teachers do, not replace them;",
                    "TAs should help pupils develop independent learning skills and manage their own "
                    "learning;",
                    "TAs should be fully prepared for their role in the classroom;",
                    "TAs can deliver high-quality one-to-one and small-group support using "
                    "structured interventions, with explicit connections to classroom teaching.",
                ),
            ),
            heading("Being prepared"),
            text(
                "You cannot support a lesson well if you find out what it is about as it starts. "
                "Agree with the teacher a quick way to share, even five minutes or a note:",
                bullets(
                    "what pupils should learn, and the key words;",
                    "which pupils to work with, and why;",
                    "what good work looks like, and common mistakes to watch for;",
                    "what to feed back after the lesson.",
                ),
                "During whole-class teaching, you might note which pupils are struggling, model "
                "an answer on a whiteboard, or take a group for a pre-teach of vocabulary before the "
                "lesson, so they can join in fully.",
            ),
            text(
                "Many TAs' hours start and end with the school day, leaving no paid time to meet "
                "teachers. If that is your situation, raise it with your line manager: the EEF "
                "guidance encourages schools to find creative ways to create liaison time, such as "
                "adjusting TAs' hours or using assembly time.",
            ),
            tip(
                "Rotate who you work with",
                "Working with different groups, while the teacher spends time with pupils who "
                "struggle most, keeps those pupils' access to the teacher and avoids dependence on "
                "one adult.",
            ),
            reflection(
                "In your last three lessons, how did you find out what the lesson was about and "
                "what your role would be? What one change would help you be better prepared?",
                "Talk to the teacher about a quick routine for sharing plans that fits both of your "
                "timetables.",
            ),
        ),
        lesson(
            "Scaffolding for independence",
            35,
            text(
                "It is tempting to help pupils finish the task: giving the answer, pointing to the "
                "right line, even writing for them. It feels kind, but it teaches pupils to wait "
                "for an adult. The aim is for pupils to do as much of the thinking as they can. A "
                "useful framework (from the Maximising the Impact of Teaching Assistants work) "
                "orders support from least to most help:",
                steps(
                    "<strong>Self-scaffolding:</strong> give time; the pupil plans, checks and "
                    "solves on their own.",
                    "<strong>Prompting:</strong> encourage the pupil to use what they know: 'What do "
                    "you need to do first?'",
                    "<strong>Clueing:</strong> a small hint that points the way: 'Look at the "
                    "units in the question.'",
                    "<strong>Modelling:</strong> show how to do it, then let the pupil try a "
                    "similar example.",
                    "<strong>Correcting:</strong> give the answer and explain it; use rarely.",
                ),
                "Start at the top, and move down only as far as needed. Give pupils time to think "
                "before stepping in: often a few seconds of wait time is all the help they need.",
            ),
            heading("Structured interventions"),
            text(
                "Many TAs deliver interventions, for example in reading, language or mathematics. "
                "Evidence-based programmes work when delivered as designed: the right sessions, the "
                "right length, the right frequency, with the training the programme requires. "
                "Keep short notes of progress and share them with the teacher, and help pupils "
                "connect what they learned in the intervention to their class work.",
            ),
            info(
                "Professional standards",
                "The non-statutory professional standards for teaching assistants (2016) describe "
                "four themes: personal and professional conduct, knowledge and understanding, "
                "teaching and learning, and working with others.",
            ),
            quiz(
                single(
                    "A pupil is stuck on a maths problem. What should you try first?",
                    [
                        "Tell them the answer so they don't fall behind",
                        "Do the first step for them",
                        "* Wait, then prompt: 'What do you know already? What could you try?'",
                        "Move them to an easier worksheet",
                    ],
                    "Start with the least help. Prompting helps pupils use their own knowledge; "
                    "modelling and correcting come later if needed.",
                ),
                multiple(
                    "Which does the EEF guidance recommend?",
                    [
                        "* TAs add value to what teachers do rather than replacing them",
                        "* TAs help pupils develop independent learning skills",
                        "TAs always work with the lowest-attaining pupils",
                        "* TAs deliver structured interventions linked to classroom learning",
                    ],
                    "Working only with the lowest attainers can reduce their time with the teacher, "
                    "so the guidance advises against it as a default.",
                ),
                single(
                    "In the scaffolding framework, which offers the most support?",
                    ["Prompting", "Clueing", "Modelling", "* Correcting"],
                    "Correcting gives the answer, so it leaves the least thinking to the pupil. Use "
                    "it sparingly.",
                ),
            ),
        ),
    ],
}

CONTENT["ss-supporting-pupils-with-send"] = {
    "summary": "Support pupils with special educational needs and disabilities with confidence: "
    "the four broad areas of need, the graduated approach, EHC plans, and practical strategies "
    "that build independence and dignity.",
    "description": "<p>From the Billing Brook special schools alliance. Teaching assistants and "
    "other support staff often work most closely with pupils with SEND. This module explains the "
    "legal framework in plain terms, your part in SEN support, and strategies for communication, "
    "learning, emotional regulation and personal care.</p>",
    "outcomes": [
        "Describe the four broad areas of need in the SEND Code of Practice.",
        "Explain SEN support, the graduated approach and education, health and care plans.",
        "Apply strategies for each area of need that promote independence.",
        "Work with the SENCO, teachers, parents and the pupil, respecting dignity and privacy.",
    ],
    "audiences": ["teaching_assistant", "support_staff", "early_years"],
    "delivery_mode": "online",
    "framework_codes": [(ITTECF, "ITTECF-5")],
    "lessons": [
        lesson(
            "The framework in plain terms",
            30,
            text(
                "The Children and Families Act 2014 and the SEND Code of Practice (0 to 25 years, "
                "2015) set out how schools in England support children and young people with "
                "special educational needs and disabilities. A child has special educational needs "
                "if they have a learning difficulty or disability that calls for special "
                "educational provision: support different from or additional to that normally "
                "available to pupils of the same age.",
                "The Code describes four broad areas of need:",
                bullets(
                    "<strong>communication and interaction</strong>, including speech, language and "
                    "communication needs and autism;",
                    "<strong>cognition and learning</strong>, including moderate and specific "
                    "learning difficulties such as dyslexia;",
                    "<strong>social, emotional and mental health</strong> difficulties;",
                    "<strong>sensory and/or physical</strong> needs, such as hearing or visual "
                    "impairment or a physical disability.",
                ),
                "Many pupils have needs in more than one area.",
            ),
            heading("SEN support and EHC plans"),
            text(
                "Most pupils with SEND receive <strong>SEN support</strong> in school, following the "
                "graduated approach: <strong>assess, plan, do, review</strong>, led by the teacher "
                "with the SENCO, involving the pupil and parents. Where a pupil needs more than the "
                "school can provide from its resources, the local authority may carry out an "
                "assessment and issue an <strong>education, health and care (EHC) plan</strong>, a "
                "legal document setting out the pupil's needs, the outcomes sought and the "
                "provision they must receive.",
                "Your part: know each pupil's plan or support targets, deliver the agreed support, "
                "notice what works and what does not, and share it with the teacher and SENCO so the "
                "next review is well informed.",
            ),
            info(
                "The pupil's voice",
                "The Code puts children, young people and their parents at the centre of decisions. "
                "Ask pupils what helps them, in ways that suit their communication, and record it.",
            ),
            reflection(
                "Choose a pupil you support. Which area or areas of need apply, and what do you know "
                "about what helps them learn?",
                "Check their support plan or EHC plan. Is there anything you do that works and is "
                "not written down? Share it with the teacher.",
            ),
        ),
        lesson(
            "Strategies that build independence",
            35,
            text(
                "Good SEND support helps pupils do as much as possible for themselves. Some "
                "strategies by area of need:",
                bullets(
                    "<strong>Communication and interaction:</strong> use the pupil's name first, "
                    "short clear instructions, visual supports and timetables, processing time, "
                    "and warnings of change.",
                    "<strong>Cognition and learning:</strong> break tasks into steps, use concrete "
                    "materials and worked examples, pre-teach vocabulary, overlearn key facts, give "
                    "checklists the pupil can use alone.",
                    "<strong>Social, emotional and mental health:</strong> a predictable adult and "
                    "routine, noticing early signs of distress, calm co-regulation, repairing "
                    "relationships after incidents.",
                    "<strong>Sensory and physical:</strong> seating, lighting and noise, enlarged or "
                    "adapted materials, equipment used as advised by specialists such as "
                    "occupational therapists or qualified teachers of the deaf.",
                ),
            ),
            heading("Avoid over-support"),
            text(
                "An adult sitting beside the same pupil all day can separate them from classmates "
                "and the teacher, and make them dependent. Step back when you can: stay within "
                "reach but let the pupil work, or support a group the pupil is part of. Plan with "
                "the teacher how support will fade.",
            ),
            warning(
                "Dignity and privacy",
                "Some pupils need help with personal care or medical needs. Follow the school's "
                "intimate care and medical conditions policies and the pupil's individual plan, "
                "involve the pupil as much as they can manage, and protect their privacy. Never "
                "discuss a pupil's needs where other pupils or parents can hear.",
            ),
            quiz(
                multiple(
                    "Which are broad areas of need in the SEND Code of Practice?",
                    [
                        "* Communication and interaction",
                        "* Social, emotional and mental health",
                        "English as an additional language",
                        "* Sensory and/or physical",
                    ],
                    "Learning English as an additional language is not in itself a special "
                    "educational need, though a pupil with EAL may also have SEND.",
                ),
                single(
                    "What is an EHC plan?",
                    [
                        "A school's internal behaviour plan",
                        "* A legal document from the local authority setting out a pupil's needs, "
                        "outcomes and provision",
                        "A plan for every pupil on SEN support",
                        "A health plan written by the school nurse",
                    ],
                    "An education, health and care plan is issued by the local authority after an "
                    "assessment, and the provision in it must be delivered.",
                ),
                single(
                    "Which is the best way to avoid a pupil becoming dependent on you?",
                    [
                        "Sit next to them in every lesson",
                        "Complete difficult parts of tasks for them",
                        "* Plan with the teacher how to step back, and prompt before helping",
                        "Work with them outside the classroom",
                    ],
                    "Fading support deliberately, with prompts before help, builds independence "
                    "while keeping the pupil in class with the teacher.",
                ),
            ),
        ),
    ],
}

CONTENT["ss-higher-level-teaching-assistant"] = {
    "summary": "Prepare for higher-level teaching assistant (HLTA) status: what the role involves, "
    "how the professional standards are assessed, and how to plan, teach and assess specified work "
    "with confidence.",
    "description": "<p>HLTA status recognises teaching assistants who work at a higher level, "
    "leading learning with groups and whole classes under the direction of a teacher. This module "
    "from the Corby Lakes alliance is part of the county's support staff progression pathway. It "
    "prepares experienced TAs for assessment against the HLTA professional standards. Complete "
    "<em>Effective in-class support for teaching assistants</em> first.</p>",
    "outcomes": [
        "Explain the HLTA role and the legal basis for support staff carrying out specified work.",
        "Describe the areas of the HLTA professional standards and the evidence for each.",
        "Plan and teach a sequence of learning for a group or class under a teacher's direction.",
        "Monitor, assess and report on pupils' progress accurately.",
        "Prepare your evidence and the assessment visit.",
    ],
    "audiences": ["teaching_assistant", "support_staff"],
    "delivery_mode": "blended",
    "framework_codes": [(ITTECF, "ITTECF-4"), (ITTECF, "ITTECF-6")],
    "lessons": [
        lesson(
            "The HLTA role",
            35,
            text(
                "Higher-level teaching assistants plan and deliver learning for groups and whole "
                "classes, assess pupils' progress and often lead other support staff, always under "
                "the direction and supervision of a qualified teacher. HLTA status is awarded "
                "after assessment against the HLTA professional standards through a regional "
                "assessment provider; schools decide whether to create HLTA posts and what they "
                "pay.",
                "In England, the Education (Specified Work) (England) Regulations 2012 allow staff who are "
                "not qualified teachers to carry out 'specified work' (planning and preparing "
                "lessons, delivering them, assessing pupils' development and progress, and "
                "reporting on it) when they assist or support a teacher and the headteacher is "
                "satisfied they have the skills, expertise and experience required.",
            ),
            heading("Cover supervision is different"),
            text(
                "<strong>Cover supervision</strong> means supervising a class doing work set by an "
                "absent teacher: keeping order, answering simple questions, collecting work. It is "
                "not teaching. HLTA work goes further: planning learning, teaching new content and "
                "assessing it. Be clear in your school which you are being asked to do, and what "
                "support and time you have for it.",
            ),
            heading("The standards"),
            text(
                "The HLTA standards cover professional attributes (such as high expectations and "
                "working with colleagues and parents), professional knowledge and understanding "
                "(of the curriculum, of how pupils learn, of SEND and of the school's policies), "
                "and professional skills in planning and expectations, monitoring and assessment, "
                "and teaching and learning activities. Check the current version and requirements "
                "with your regional assessment provider before you start gathering evidence.",
            ),
            text(
                "HLTA status suits experienced TAs who enjoy leading learning and want more "
                "responsibility, and for some it is a step towards qualified teacher status. "
                "Before you apply, talk to your headteacher: you will need chances to plan and "
                "teach groups and classes so that you have evidence, and the school's support for "
                "the assessment.",
            ),
            reflection(
                "Which parts of the HLTA standards do you already meet in your everyday work, and "
                "where are you least confident?",
                "List one piece of recent work for each area. Gaps show you what to ask your school "
                "to let you take on before assessment.",
            ),
        ),
        lesson(
            "Planning, teaching and assessing",
            40,
            text(
                "When you lead learning for a group or class, plan with the teacher who directs your "
                "work. For each session:",
                steps(
                    "Know where it sits in the teacher's sequence: what pupils learned before and "
                    "what comes next.",
                    "Set a clear learning objective and success criteria.",
                    "Plan explanation, modelling and practice, with questions to check "
                    "understanding.",
                    "Adapt for pupils with SEND or EAL, using their support plans.",
                    "Decide how you will assess learning and what you will report to the teacher.",
                ),
                "Manage behaviour using the school's policy and your own routines; pupils should "
                "experience the same expectations with you as with their teacher.",
            ),
            heading("Assessment and reporting"),
            text(
                "Use questioning, mini whiteboards, pupils' work and short tasks to judge what "
                "pupils have learned. Record it as the school requires, accurately and briefly, and "
                "tell the teacher about pupils who did not grasp the idea, with specifics: 'Four "
                "pupils could find equivalent fractions with a fraction wall but not without.' "
                "That lets the teacher plan the next step.",
            ),
            tip(
                "Preparing evidence",
                "Keep annotated plans, notes of how you adapted them, samples of pupils' work and "
                "records of feedback from teachers. Ask the teacher and headteacher you work with "
                "whether they can speak to your work during the assessment, as assessors usually "
                "talk to them as well as to you.",
            ),
            quiz(
                single(
                    "What is the difference between cover supervision and specified work?",
                    [
                        "There is none",
                        "* Cover supervision is supervising work set by an absent teacher; "
                        "specified work includes planning, teaching and assessing",
                        "Only HLTAs may do cover supervision",
                        "Specified work can be done without a teacher's direction",
                    ],
                    "Cover supervision is not teaching. Specified work is, and is carried out in "
                    "support of a teacher, when the headteacher is satisfied of the person's skills.",
                ),
                multiple(
                    "Which are 'specified work' under the 2012 regulations?",
                    [
                        "* Planning and preparing lessons",
                        "* Delivering lessons",
                        "* Assessing pupils' development and progress",
                        "Setting teachers' pay",
                    ],
                    "Specified work covers planning, delivering, assessing and reporting on "
                    "pupils' learning.",
                ),
                single(
                    "Which report to the teacher is most useful after an HLTA-led lesson?",
                    [
                        "'It went well.'",
                        "'Some pupils struggled.'",
                        "* 'Four pupils could find equivalent fractions with a fraction wall but not "
                        "without; here are their names.'",
                        "'Everyone finished the worksheet.'",
                    ],
                    "Specific information about who learned what lets the teacher plan the next "
                    "lesson.",
                ),
            ),
        ),
    ],
}
