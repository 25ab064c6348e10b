package vn.thidua.ballot.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.DocumentService;
import vn.thidua.register.service.Issue;
import vn.thidua.register.service.RegisterKind;
import vn.thidua.register.service.RegisterService;

/**
 * Issues a conference's minutes and a ballot's count minutes when the ballot's result is
 * confirmed (the minutes are signed at the conference, once the result stands): both take a
 * number (BB) from the register of the bloc's leader unit of the ballot's year, in the
 * confirmation's transaction. The conference's minutes are numbered once, at the first
 * confirmed ballot of the conference. Nothing is numbered when the year has no leader unit
 * (filing a proposal numbers them then). Runs in the caller's transaction; the service
 * checked the caller.
 */
@Stateless
@PermitAll
public class MinutesNumbers {

    @Inject
    private BlocService blocs;

    @Inject
    private RegisterService registers;

    @Inject
    private DocumentService documents;

    public void issue(Ballot ballot) {
        Bloc bloc = ballot.getBloc();
        blocs.leaderUnit(bloc.getId(), ballot.getYear()).ifPresent(leader -> {
            String issuer = Issue.blocAbbreviation(bloc.getCode());
            LocalDate today = LocalDate.now();
            registers.take(new Issue(leader.getId(), RegisterKind.MINUTES, RegisterService.CONFERENCE_MINUTES,
                    ballot.getMeeting().getId(), documents.text("register.summary.conferenceMinutes", ballot.getYear(),
                    bloc.getName()), issuer, today));
            registers.take(new Issue(leader.getId(), RegisterKind.MINUTES, RegisterService.COUNT_MINUTES, ballot.getId(),
                    documents.text("register.summary.countMinutes", ballot.getTitle(), bloc.getName()), issuer, today));
        });
    }
}
