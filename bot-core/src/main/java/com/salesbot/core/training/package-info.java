/** Training pushes: weekly tips and multiple-choice quizzes a manager schedules for the team, with answers and scores. */
package com.salesbot.core.training;
