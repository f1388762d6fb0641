package kz.qogam.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** The same contract against a real Fuseki over HTTP on a free port. */
class RemoteStoreTest extends StoreContract {
    private FusekiServer fuseki;

    @Override
    Store createStore() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        fuseki = FusekiServer.create().port(0).add("/qogam", dsg, true).build().start();
        return new RemoteStore("http://localhost:" + fuseki.getHttpPort() + "/qogam");
    }

    @Override
    void closeStore() {
        store.close();
        fuseki.stop();
    }
}
